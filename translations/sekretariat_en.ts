<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>A4PdfWriter</name>
    <message>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeingReport</name>
    <message>
        <source>In all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankFileReader</name>
    <message>
        <source>This XML file is not an ISO 20022 camt.053 or camt.054 bank file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a Nets OCR giro file nor an ISO 20022 camt.053 or camt.054 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a bank file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookkeepingChain</name>
    <message>
        <source>the row to record in the bookkeeping chain cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 (table invoices, row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 (table invoices, row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table invoices, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment on invoice %1 (table payments, row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table payments, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder of invoice %1 (table reminders, row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table reminders, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookkeeping chain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was removed outside the program (chain link %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was changed outside the program (chain link %2 does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was added outside the program (it has no chain link).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookkeepingCheck</name>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the trigger %1 that protects the table %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the trigger %1 no longer protects the table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice numbers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the number %1 is used twice (table invoices, row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the number %1 is missing (a gap before invoice %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the numbers %1 to %2 are missing (a gap before invoice %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the sequence of invoice numbers is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the next invoice number is %1, but the highest issued is %2; it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the bank files cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the bank file “%1” booked %2 payments (%3) by its log, but %4 (%5) are in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping: the bank transaction %1 is marked booked, but its payment is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtReader</name>
    <message>
        <source>%1 Nothing was read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ISO 20022 camt.053 or camt.054 file of version .001.02 to .001.08 (its root is “%1” in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no statement or notification (Stmt or Ntfctn).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardNotice</name>
    <message>
        <source>No e-mail address to copy: none of these people has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) copied to the clipboard, separated by “; ”.</source>
        <translation>
            <numerusform>%n e-mail address copied to the clipboard, separated by “; ”.</numerusform>
            <numerusform>%n e-mail addresses copied to the clipboard, separated by “; ”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new, empty database with demo members and people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window and messages: nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues-run: issue the invoices instead of showing the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues-run: the invoices&apos; date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”. Known languages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues-run and export invoices: also write the documents as PDF into FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export invoices: only the documents with these numbers (12,13,20-25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue and --issue-date belong to the command dues-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf belongs to the commands dues-run and export invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numbers belongs to the command export invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues-run and export invoices: also write the invoices and credit notes as EHF into FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ehf belongs to the commands dues-run and export invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: show what the file would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run belongs to the command import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format for export: csv, xlsx, vcf for people, ics for one event, ehf for one invoice, pdf for a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of dues-run or export invoices; import population: the year to read from a file of several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output (needed for xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output belongs to the command export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year belongs to the commands dues-run, export invoices and import population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output names the register itself (or a file SQLite keeps beside it): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the register itself (or a file SQLite keeps beside it), not a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import people|members: the columns&apos; fields from FILE (JSON, as the import wizard saves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import people|members: what to do with someone already in the register: skip (default), merge or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping and --duplicates belong to the commands import people and import members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping names the register itself: choose the mapping&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member register, dues and events for a network of municipalities.

Commands (no window is opened):
  export members|people|invoices|events|registrations --format csv [--year YEAR]
                                       write a table as CSV to standard output
  export members|people|invoices|events --format xlsx --output FILE
                                       write a table as an Excel workbook, as the window
                                       shows it (its columns, in the chosen language)
  export people --format vcf [--output FILE]
                                       everyone&apos;s contact card (vCard 4.0)
  export invoices [--year YEAR] [--numbers N,N-N] --pdf FOLDER | --ehf FOLDER
                                       also write the issued documents as PDF or EHF
  export invoice NUMBER --format ehf   write one invoice or credit note as EHF
                                       (Peppol BIS Billing 3.0) to standard output
  export ageing --format csv           what each member owes, by days overdue
  export statement MEMBER --format csv|pdf
                                       a member&apos;s statement of account, by its number
  export event ID --format ics         write an event as an iCalendar file
  check                                report the schema version, check integrity and
                                       the bookkeeping; never changes the file
  import payments FILE [--dry-run]     book the payments of a bank file (OCR giro,
                                       camt.053/054) matched by KID; print the matching
  import population FILE [--year YEAR] [--dry-run]
                                       set the members&apos; population from a file of
                                       Statistics Norway&apos;s table 07459 (CSV, JSON-stat)
  import people|members FILE [--mapping FILE] [--duplicates skip|merge|add] [--dry-run]
                                       add people or members from a CSV file or an Excel
                                       workbook; print what each row does; a file with
                                       errors writes nothing
  dues-run --year YEAR                 show the year&apos;s dues as CSV, one line per member
  dues-run --year YEAR --issue [--issue-date YYYY-MM-DD] [--pdf FOLDER] [--ehf FOLDER]
                                       issue the year&apos;s invoices and print their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-database: the register to copy (a file or postgresql://user@host:port/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-database: the new file or empty server database to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, import, check, dues-run or copy-database; none opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to belong to the command copy-database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-database needs --from and --to: the register to copy and where to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown format “%1”. Known formats: csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity check found %n problem(s):</source>
        <translation>
            <numerusform>Integrity check found %n problem:</numerusform>
            <numerusform>Integrity check found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export event ID --format ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will be updated when it is next opened for writing; check leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for writing by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bookkeeping check found %n problem(s):</source>
        <translation>
            <numerusform>Bookkeeping check found %n problem:</numerusform>
            <numerusform>Bookkeeping check found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookkeeping check: the numbers are ok; the chain of hashes comes with the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping check: ok (nothing issued yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bookkeeping check: ok (%n document(s) and payment(s) in the chain, latest link %1)</source>
        <translation>
            <numerusform>Bookkeeping check: ok (%n document or payment in the chain, latest link %1)</numerusform>
            <numerusform>Bookkeeping check: ok (%n documents and payments in the chain, latest link %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export invoice NUMBER --format ehf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE dues-run --year YEAR [--issue] [--issue-date YYYY-MM-DD] [--pdf FOLDER] [--ehf FOLDER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export members|people|invoices|events|registrations|ageing --format csv [--year YEAR] [--numbers N,N-N] [--pdf FOLDER] [--ehf FOLDER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table “%1”. Known tables: members, people, invoices, events, registrations, ageing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export statement MEMBER-NUMBER --format csv|pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export people --format vcf [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook is written of members, people, invoices and events; “%1” is exported as csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook is not text for a terminal: name its file with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE import payments BANKFILE [--dry-run]
       sekretariat --database FILE import population FILE [--year YEAR] [--dry-run]
       sekretariat --database FILE import people|members FILE [--mapping FILE] [--duplicates skip|merge|add] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sekretariat copy-database --from FILE|postgresql://... --to postgresql://...|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows copied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied and verified: every table has the same rows in “%1” as in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Nothing you see in the form differs; it was saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mine Over It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCardsFile</name>
    <message>
        <source>Save Contact Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact cards, vCard (*.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact cards could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Sekretariat database. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be used. The file was left as it is; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite file, but not a Sekretariat database. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Sekretariat (schema %2; this version knows up to %3). Update the program to open it. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” needs an update, but the backup copy could not be written first: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 (%2) failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is in use by another program right now. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to use the database “%1”. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be written: the file or its folder “%2” is read-only, or you have no permission to change it. The file is not damaged and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Make room on it and try again; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written (an error of the disk or the network drive: %2). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: its folder “%2” is read-only, and the database needs to keep working files beside it (“-wal” and “-shm”). Copy the file to a folder you can write to. The file is not damaged and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” or a working file beside it cannot be opened: check the permissions of the file and its folder “%2”. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sekretariat database. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is open for writing by %2. Only one program at a time may change it; it can be read meanwhile. If you are sure that program has been closed, delete the file “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened for writing: %2. The file is not damaged and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite file without tables, not a Sekretariat database. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” has schema %2 and needs an update to schema %3 before this program can read it. It is only read here, so nothing was changed; open it for writing (in the window, when no one else has it open) to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is empty, not a Sekretariat register. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” has tables of another program, not a Sekretariat register. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or the password for “%1”. Check them and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database by the name in “%1”. Ask the server&apos;s administrator to create it (empty); the program then sets it up. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this user use “%1”: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” cannot be reached. Check the host name and the port, and that the network is up; nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to “%1” could not be made: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Sekretariat (schema %2; this version knows up to %3). Update the program to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>“%1” exists already. A register is copied into a new file or an empty server database only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register “%1” has schema %2, this program %3: open it in the program once to update it, then copy it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register “%1” has a table this program does not know (%2); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” holds a register already (the table %2 has rows). A register is copied into an empty one only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 could not be copied: %2. The target was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its columns differ between the two registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table %1 cannot be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, %3 in the copy). Do not use the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), checksum %2</source>
        <translation>
            <numerusform>%1: %n row, checksum %2</numerusform>
            <numerusform>%1: %n rows, checksum %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The bookkeeping of the copy does not check out: %1. Do not use the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataBuilder</name>
    <message>
        <source>The database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo goes only into an empty database; this one already has members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo events could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubtsQuestion</name>
    <message>
        <source>Save with this date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is far from today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesCalculator</name>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County (cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesCommands</name>
    <message>
        <source>--year is missing: name the year of the dues, e.g. --year 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: “%1” is not a year between 2000 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue-date: “%1” is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) for %1, in all %2.</source>
        <translation>
            <numerusform>Issued %n invoice for %1, in all %2.</numerusform>
            <numerusform>Issued %n invoices for %1, in all %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDFs are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another dues run is being issued in this database right now, by %1. Nothing was issued here; when it is done, run the preview (dues-run --year %2) to see what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to issue for %1: the dues of every member whose membership covers the year were issued already (invoices %2 to %3, the latest dated %4). To write their PDFs again: export invoices --year %1 --pdf FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to issue for %1: no member&apos;s membership covers the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue-date: %1 Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numbers: “%1” is not a number or a range of numbers such as 12-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numbers: name the documents, e.g. --numbers 12,13,20-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice or credit note has the number(s) %1%2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF written to %1.</numerusform>
            <numerusform>%n PDFs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents cannot be written as EHF:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 cannot be written as EHF: missing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF inside the EHF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue-date, --pdf and --ehf belong to --issue; without it dues-run only shows the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder “%2” cannot be created. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These members cannot receive a valid EHF; nothing was issued. Complete them, or clear “receives EHF” on the member&apos;s Invoicing tab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices were issued, but their files could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHF files are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no documents to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”. Known formats: csv, pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesRepository</name>
    <message>
        <source>Year: %1 is not a year between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: enter the year&apos;s rate per inhabitant or its deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: enter either the rate or the deflator, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: the rate per inhabitant must be more than zero and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflator: %1 % is not a sensible deflator; it must lie between -50 % and 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor: the floor cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: the cap must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor: the floor (%1) is above the cap (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor: in %1 the floor (%2) would be above the cap (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has invoices calculated from its rate; the rate cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms: between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder terms: between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dues settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning: each step between 0 and 365 days after the due date before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee: enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee: the law allows at most %1 (a tenth of the collection rate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesRunPlanner</name>
    <message>
        <source>No buyer reference (“Deres ref.”): public bodies return such invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation number: the invoice cannot be sent as EHF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population has no date; expected the figure of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population is from %1; expected the figure of %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No population: the member is charged the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on %1, during the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice address lacks %1: the EHF would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic address “%1” is not a valid Peppol address: the EHF cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings: missing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DunningRule</name>
    <message>
        <source>1st reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EhfDocument</name>
    <message>
        <source>a reminder is sent as PDF only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EhfOutbox</name>
    <message>
        <source>Save EHF Files in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EhfRequirements</name>
    <message>
        <source>the buyer reference (“Deres ref.”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an electronic address such as 0192:964949581</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the invoice address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventChanges</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual network gathering: now yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual network gathering: now no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of its documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>“%1” is not an event id; `export events` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Annual gathering: “%1” (%2) is already the annual network gathering of %3. Only one event a year can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to change was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People attended this event, so it is part of the members&apos; history and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTerms</name>
    <message>
        <source>Network gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folketanken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>Title: the event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts: the event needs a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends: the event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link: “%1” is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: the number of seats cannot be negative (0 means unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: the fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline: the deadline cannot come after the event starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual gathering: only a network gathering can be the year&apos;s annual gathering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event of the registration was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: choose a person from the register or type the guest&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to the open register and cannot be used here. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping is for importing %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names no columns: it needs &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of this import. Known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping reads two columns into “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 kept (the file has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add, </source>
        <translation>
            <numerusform>%n to add, </numerusform>
            <numerusform>%n to add, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to merge, </source>
        <translation>
            <numerusform>%n to merge, </numerusform>
            <numerusform>%n to merge, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped, </source>
        <translation>
            <numerusform>%n duplicate skipped, </numerusform>
            <numerusform>%n duplicates skipped, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1: the spaces around “%2” removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read as %3 (a spreadsheet drops the leading zero of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a Norwegian postcode (four digits, such as 0150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (write it as 31.12.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible date (before 1900 or more than ten years ahead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: “%1” is not a role (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: “%1” is not a status (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” here, “%3” on %n other row(s): the same, or two different?</source>
        <translation>
            <numerusform>%1: “%2” here, “%3” on %n other row: the same, or two different?</numerusform>
            <numerusform>%1: “%2” here, “%3” on %n other rows: the same, or two different?</numerusform>
        </translation>
    </message>
    <message>
        <source>Key in the file: %1 is also the key of row %2, and a key names one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond the header&apos;s last column are not read.</source>
        <translation>
            <numerusform>%n cell beyond the header&apos;s last column is not read.</numerusform>
            <numerusform>%n cells beyond the header&apos;s last column are not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceBatchWriter</name>
    <message>
        <source>Invoice %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice credited by credit note %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no reminder recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices-%1-%2.pdf</source>
        <extracomment>A PDF file name: lower case, no spaces; %1-%2 are the first and last invoice numbers, padded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of the files were written.</source>
        <translation>
            <numerusform>Cancelled: %n of the files were written.</numerusform>
            <numerusform>Cancelled: %n of the files were written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminder of invoice %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of these documents are missing: %1. Write them again with “export invoices --numbers %2 --pdf FOLDER”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit-note</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not received payment of invoice %1. Please pay the amount outstanding by %2. If you have paid in the last few days, please disregard this reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership dues %1: %2 inhabitants × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population on %1, rounded to whole kroner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County municipalities pay the maximum dues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount carries no value added tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered for value added tax; no VAT is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit note is set against invoice %1. If the invoice is already paid, contact us and we will refund the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use the KID when you pay, so the payment is matched to this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have received %1 of invoice %2, but %3 is still outstanding. Please pay it by %4. If you have paid in the last few days, please disregard this reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Credited by credit note(s) %1</source>
        <translation>
            <numerusform>Credited by credit note %1</numerusform>
            <numerusform>Credited by credit notes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inhabitants × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership dues %1: minimum dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; minimum dues %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership dues %1: maximum dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; maximum dues %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership dues %1: county municipality, maximum dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County municipalities pay the maximum dues, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period %1–%2: %n of 12 months.</source>
        <translation>
            <numerusform>Period %1–%2: %n of 12 months.</numerusform>
            <numerusform>Period %1–%2: %n of 12 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period %1–%2: %n of 12 months of %3.</source>
        <translation>
            <numerusform>Period %1–%2: %n of 12 months of %3.</numerusform>
            <numerusform>Period %1–%2: %n of 12 months of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KID is the Norwegian payment reference; paying from abroad, give it as the payment&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pro rata, %n of 12 months</source>
        <translation>
            <numerusform>Pro rata, %n of 12 months</numerusform>
            <numerusform>Pro rata, %n of 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>Rounded to whole kroner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is our second reminder: we have still not received payment of invoice %1. Please pay %2 by %3. If it is not paid by then, the claim will be handed over for further follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is our second reminder: we have received %1 of invoice %2, but %3 is still outstanding. Please pay it by %4. If it is not paid by then, the claim will be handed over for further follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is still not paid after two reminders, and %2 is outstanding. The claim has now been handed over for further follow-up. To settle it, pay the amount by %3 or contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees of earlier reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>the invoice numbers were changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1 is not a year between 2000 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date: enter the date of the invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is selected for invoicing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invoiced for %1: %2. Credit the earlier invoice first, or confirm that a second invoice is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next invoice number cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dues of %1 come to %2; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice numbers could not be updated: %1. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: the amount to credit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: enter the date of the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice to credit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: at most %1 of invoice %2 is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: a credit note cannot be dated before the invoice it credits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice numbers could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: enter the date of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are registered on invoices, not on credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: a correction can take back at most what was paid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: enter the date of the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an overdue invoice can be reminded; invoice %1 is “%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it showed when issued is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be read: %1. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: enter more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice: credit is set against another invoice of the same member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: invoice %1 has %2 in the member&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: invoice %1 has %2 outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set against invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit from invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was handed over on %2; the program has no step after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new invoice %1 cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members cannot be read: %1. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the register: %1. Nothing was issued; plan the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be written: %1. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be recorded in the bookkeeping chain: %1. Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTerms</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDateQuestion</name>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the document %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDateRule</name>
    <message>
        <source>Enter the date of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest document was issued on %1; a new one cannot be dated earlier, because numbers and dates go up together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than a month ahead; a document is dated the day it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 years ago; a document is dated the day it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n day(s) ago. A document is normally dated the day it is sent; an earlier date is meant only for one that was sent then.</source>
        <translation>
            <numerusform>%1 is %n day ago. A document is normally dated the day it is sent; an earlier date is meant only for one that was sent then.</numerusform>
            <numerusform>%1 is %n days ago. A document is normally dated the day it is sent; an earlier date is meant only for one that was sent then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, plain: commas, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberChanges</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives EHF: now yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives EHF: now no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPlausibility</name>
    <message>
        <source>Population: 0 inhabitants; the dues would be the least the rules allow. Fill in the population from Statistics Norway&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 is not a county in Statistics Norway&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 is not a municipality in Statistics Norway&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is far from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: an active member joins by its council&apos;s decision; its date and case number are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Number: %1 %2 is already in the register as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member to change was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has people or other history and cannot be deleted. Set its status to Resigned instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTerms</name>
    <message>
        <source>County municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>Number: a municipality number has four digits, such as 0301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: a county number has two digits, such as 46.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: the member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number: “%1” is not a valid organisation number (nine digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population: the number of inhabitants cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-mail: “%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from: an active member needs the date its membership started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on: a resigned member needs the date it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on: the member cannot resign before it became active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date: the political decision cannot come before the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language: choose Bokmål, Nynorsk or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: give the country&apos;s two-letter code, such as NO or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode: a Norwegian postcode has four digits, such as 0150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address: “%1” is not a Peppol address such as 0192:964949581.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date: a member whose council has decided needs the decision&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number: a member whose council has decided needs the decision&apos;s case number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersImportPlanner</name>
    <message>
        <source>The register cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: “%1” is not a municipality&apos;s or county&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 read as %2 (a spreadsheet drops the leading zero of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 is no municipality or county municipality of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: “%1” is no municipality or county municipality of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: there are %1 municipalities called %2; give the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has neither the member&apos;s number nor its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: the official list calls %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: “%1” read as “%2”, as the official list writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettingsRepository</name>
    <message>
        <source>Name: the network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number: “%1” is not a valid organisation number (nine digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account: “%1” is not a valid account number (eleven digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN: “%1” is not a valid IBAN (a Norwegian one is NO and 13 digits, e.g. NO93 8601 1117 947).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC: “%1” is not a valid BIC (8 or 11 letters and digits, e.g. DNBANOKK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN: “%1” is not the IBAN of the bank account %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrGiroReader</name>
    <message>
        <source>Record %1: %2 Nothing was read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 characters; an OCR giro record has 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not begin with “NY”: this is not a Nets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows the end of the transmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCR giro file begins with the start of a transmission (NY000010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an AvtaleGiro file (service code 21), not OCR giro with incoming payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Nets file has service code %1, not 09 (OCR giro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new assignment starts before the previous one ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction before it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction outside an OCR giro assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount item 2 of the transaction before it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1%2” is not a number of øre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (DDMMYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount item %1 does not follow the items of its transaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end of assignment without its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount item 2 of the last transaction is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control record&apos;s counts are not numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment says %1 transactions; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment says %1 records; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment&apos;s amounts add up to %1, its control record says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmission ends inside an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmission says %1 transactions; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmission says %1 records; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmission&apos;s amounts add up to %1, its control record says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record type %1 is not one of OCR giro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends without the end of its transmission (NY000089); it may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <source>The matching could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 from an earlier file.</source>
        <translation>
            <numerusform>%1, %n transaction: %2 to book (%3), %4 waiting for you, %5 from an earlier file.</numerusform>
            <numerusform>%1, %n transactions: %2 to book (%3), %4 waiting for you, %5 from an earlier file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was booked (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked in one transaction (import %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentImportRepository</name>
    <message>
        <source>This file was imported already, on %1 as “%2”; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked or queued from an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be logged: %1. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file %1, KID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank reference of a payment could not be kept: %1. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction could not be queued: %1. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting payment cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was booked or set aside meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice: %1 is not the number of an issued invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only money in can be booked as a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file %1, KID %2, assigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments could not be recorded in the bookkeeping chain: %1. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments could not be booked: %1. Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new rows cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMatcher</name>
    <message>
        <source>a reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money out of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, not NOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID of invoice %1, which had %2 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID %1 has a wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID %1 is no issued invoice&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the amount and the payer fit invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 invoices have this amount outstanding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImportPlanner</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no member of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1 read as %2 (a spreadsheet drops the leading zero of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1 is not in the register yet; import or add the member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: “%1” is neither a member&apos;s number nor its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: the role %1 is held at a member, and the row names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: the row has the role&apos;s dates but not the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name: empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town: empty, although the postcode is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is also on row %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonChanges</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a few letters of the name or the member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the register; pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person to change was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists; they may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Name: the person needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: “%1” is not a phone number (digits, spaces and a leading +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: the role “%1” needs the member it is held at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: the role “%1” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode: a Norwegian postcode has four digits, such as 0150.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationCommands</name>
    <message>
        <source>“%1” is not a year; write it as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Population on %1 (%2, %n municipalities): </source>
        <translation>
            <numerusform>Population on %1 (%2, %n municipality): </numerusform>
            <numerusform>Population on %1 (%2, %n municipalities): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) updated</source>
        <translation>
            <numerusform>%n member updated</numerusform>
            <numerusform>%n members updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in one transaction; the earlier figures stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationFileReader</name>
    <message>
        <source>The file has no table: expected a header such as “region;Personer 2024” and a line per municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file names a year: expected “Personer 2024”, “Persons 2024”, or a column “år” or “year” beside the figures. The header reads “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no year with figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no figures for %1; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): “%3” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 is in the file twice for %2 (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures of %1 cannot be read, so nothing is imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no municipality (a region such as “K-0301 Oslo” or “0301”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file is not a JSON-stat 2.0 dataset (it needs “id”, “size”, “dimension” and “value”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-stat file has no dimension “Region” and a time dimension (“Tid”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-stat file splits the figures by “%1”; download the table with one value of it (the total population).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationImportPlanner</name>
    <message>
        <source>%1: no municipality of this number and name in the official list of 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 has a figure in the file already (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no figure for this municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a municipality number of the official list of 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has figures for %1 of the county&apos;s %2 municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the sum of its %n municipalities</source>
        <translation>
            <numerusform>the sum of its %n municipality</numerusform>
            <numerusform>the sum of its %n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>The member has the later figure of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (later figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationRepository</name>
    <message>
        <source>The population of %1 %2 could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed or deleted meanwhile; nothing was imported. Read the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>the street or post box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode of four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country (a two-letter code such as NO)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>There is no rate for %1. Enter the year&apos;s rate or its deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a rate nor a deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 builds on %2, which has no rate. Enter the rate of %2 or an earlier year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>Opening the two registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the copy with the original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %1: %Ln row(s)…</source>
        <translation>
            <numerusform>Copying %1: %Ln row…</numerusform>
            <numerusform>Copying %1: %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>an unknown program (its lock file cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sekretariat window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the computer %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not let this program create files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file cannot be written in the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationChanges</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered for this event already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n seat(s)); cancel a registration first.</source>
        <translation>
            <numerusform>The event is full (%n seat); cancel a registration first.</numerusform>
            <numerusform>The event is full (%n seats); cancel a registration first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a registration moved up from the waiting list can be marked as told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone on the waiting list is checked in on a free seat this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of %1 was changed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleTerms</name>
    <message>
        <source>Administrative contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-health coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-assembly delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::AgeingDialog</name>
    <message>
        <source>Ageing of Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each member owes on %1, by the days since the invoice&apos;s due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ageing-%1.csv</source>
        <extracomment>A CSV file name: lower case, no spaces; %1 is today&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Ageing as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::CatalogueSearchField</name>
    <message>
        <source>Type a name or number, such as Stavanger or 1103</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking a municipality or county municipality from the official list fills in its number, name, county, population and organisation number. You can still type them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s shared register on a PostgreSQL server. Ask the server&apos;s administrator for these; an empty database is set up at the first connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (disable): on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::CreditDialog</name>
    <message>
        <source>Credit is set against an invoice with money outstanding; this member has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no credit to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 of invoice %2 was paid back to the member? Pay it from the bank yourself; this only books it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Credit Against an Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves what the member paid too much from one invoice to another that is still open: a payment taken back from the first and booked on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books that what the member paid too much was paid back to the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 in the member&apos;s favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DateField</name>
    <message>
        <source>%1: “%2” is not a date; type it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date, such as %1, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DateTimeField</name>
    <message>
        <source>%1: “%2” is not a time; type it as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesPage</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced %1 · Credited %2 · Paid %3 · Outstanding %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices Are Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued invoices and credit notes are never deleted: the bookkeeping must be able to trace every number. To correct an invoice, issue a credit note for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDFs in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF file written to %1.</numerusform>
            <numerusform>%n PDF files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) and credit note(s)</source>
        <translation>
            <numerusform>%n invoice and credit note</numerusform>
            <numerusform>%n invoices and credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoices and credit notes</source>
        <translation>
            <numerusform>%1 of %n invoices and credit notes</numerusform>
            <numerusform>%1 of %n invoices and credit notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview and issue a year&apos;s dues invoices (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a payment received for the invoice (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the invoice with a credit note for all or part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF files (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates and &amp;Terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the invoices of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these files exist already in %1, such as “%2”.</source>
        <translation>
            <numerusform>One of these files exists already in %1: “%2”.</numerusform>
            <numerusform>%n of these files exist already in %1, such as “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the documents as issued?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued. Save them now as PDF (one file each and one for printing), and as EHF for the members that receive it?</source>
        <translation>
            <numerusform>%n invoice issued. Save it now as PDF (one file each and one for printing), and as EHF if the member receives it?</numerusform>
            <numerusform>%n invoices issued. Save them now as PDF (one file each and one for printing), and as EHF for the members that receive it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit note %1 issued. Save it now as PDF, and as EHF if the member receives it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are sent as PDF only; none of the selected documents is an invoice or a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) cannot be written as valid EHF:</source>
        <translation>
            <numerusform>%n document cannot be written as valid EHF:</numerusform>
            <numerusform>%n documents cannot be written as valid EHF:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the member or the network settings, or clear “receives EHF” on the member&apos;s Invoicing tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDFs Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EHF file(s) written to %1.</source>
        <translation>
            <numerusform>%n EHF file written to %1.</numerusform>
            <numerusform>%n EHF files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;EHF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invoices and credit notes as EHF e-invoices, into the EHF outbox when one is set (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank files (OCR giro, camt.053/054) (*.txt *.ocr *.dat *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) booked from the bank file, in all %1; %2 wait for you.</source>
        <translation>
            <numerusform>%n payment booked from the bank file, in all %1; %2 wait for you.</numerusform>
            <numerusform>%n payments booked from the bank file, in all %1; %2 wait for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the payments of a bank file (OCR giro or camt.053/054) by their KID (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting Payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s payments that could not be booked by their KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ageing of Receivables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each member owes, by how long it is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected overdue invoices are handed over already; the program has no step after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning is only for overdue invoices; none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the next dunning step, dated %1, for %n overdue invoice(s)? The new due date is %2.</source>
        <translation>
            <numerusform>Record the next dunning step, dated %1, for %n overdue invoice? The new due date is %2.</numerusform>
            <numerusform>Record the next dunning step, dated %1, for %n overdue invoices? The new due date is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder fee of %1 is added to the 1st and 2nd reminders sent at least %2 days after the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) handed over already are left as they are.</source>
        <translation>
            <numerusform>%n invoice handed over already is left as it is.</numerusform>
            <numerusform>%n invoices handed over already are left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dunning step was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dunning Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the next dunning step (1st reminder, 2nd reminder, hand-over) for the selected overdue invoices and save the letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for dunning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only invoices with this status; “Not paid” is open, partly paid and overdue; “Due for dunning” is overdue with the next dunning step’s day come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced %1 · Credited %2 · Reminder fees %3 · Paid %4 · Outstanding %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &amp;Bank Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of every bank file imported: when, what it booked, what waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <extracomment>The toolbar&apos;s button for payments: by hand, the bank&apos;s files, what waits, and the ageing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a payment, import the bank&apos;s files, the waiting payments and the ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <extracomment>The toolbar&apos;s button for the PDFs, EHF and printing of the selected invoices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF or EHF, or print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint Invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesRunDialog</name>
    <message>
        <source>Rate %1: %2 per inhabitant, floor %3, cap %4. Amounts are rounded to whole kroner; county municipalities pay the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is last year&apos;s carried forward by the deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to invoice</source>
        <translation>
            <numerusform>%n member to invoice</numerusform>
            <numerusform>%n members to invoice</numerusform>
        </translation>
    </message>
    <message>
        <source>in all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with something to check</source>
        <translation>
            <numerusform>%n with something to check</numerusform>
            <numerusform>%n with something to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoiced already for the year</source>
        <translation>
            <numerusform>%n invoiced already for the year</numerusform>
            <numerusform>%n invoiced already for the year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n Invoice(s)…</source>
        <translation>
            <numerusform>&amp;Issue %n Invoice…</numerusform>
            <numerusform>&amp;Issue %n Invoices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %n invoice(s) for %1, in all %2?</source>
        <translation>
            <numerusform>Issue %n invoice for %1, in all %2?</numerusform>
            <numerusform>Issue %n invoices for %1, in all %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued invoices get their numbers now and can never be changed or deleted; a mistake is corrected with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are invoiced for this year already and get a second invoice.</source>
        <translation>
            <numerusform>%n of them are invoiced for this year already and get a second invoice.</numerusform>
            <numerusform>%n of them are invoiced for this year already and get a second invoice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dues Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) cannot receive a valid EHF, so nothing is issued yet:</source>
        <translation>
            <numerusform>%n member cannot receive a valid EHF, so nothing is issued yet:</numerusform>
            <numerusform>%n members cannot receive a valid EHF, so nothing is issued yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete them, leave them out of this run, or clear “receives EHF” on the member&apos;s Invoicing tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the Rate Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deflator for %1 in per cent (the state budget&apos;s price and wage growth for the municipalities); %2&apos;s rate is %3 per inhabitant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rates and Terms to enter the year&apos;s rate, floor and cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry Last Year Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s rate times the year&apos;s deflator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesRunModel</name>
    <message>
        <source>invoiced already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population × rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesSettingsDialog</name>
    <message>
        <source>rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflator: “%1” is not a percentage, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rate of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a year&apos;s own rate per inhabitant, or its deflator: the year then takes the year before&apos;s rate times (1 + deflator), rounded to whole øre. Floor and cap carry over until a year sets its own. Dues are rounded to whole kroner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;te per inhabitant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deflator (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor (empty: as before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ap (empty: as before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment terms (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minder terms (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members pay for the &amp;months from the month they became active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is registered for &amp;VAT (“MVA” after the organisation number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHF Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHF outbox: the folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EHF outbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: EHF files are saved beside the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder your access point or accounting program sends EHF invoices from. A setting of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::DunningSettingsPage</name>
    <message>
        <source>Reminder fee: “%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overdue invoice gets a 1st reminder, then a 2nd, and is then handed over (to the board or to debt collection). The Dues page proposes each step the given days after the due date before it. Leave a text empty for the program&apos;s own, in the member&apos;s language; in your own, {invoice}, {amount} and {due} are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1st reminder after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st reminder &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2nd reminder after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd reminder te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder &amp;fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the program&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law caps a reminder fee at a tenth of the collection rate (inkassosatsen): at most %1 here. It is charged on the 1st and 2nd reminders only, and only when the reminder is sent at least %2 days after the due date. The collection rate is set every year; see Finanstilsynet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-o&amp;ver text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventDialog</name>
    <message>
        <source>Register a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Waiting List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved up from the waiting list. Tell them they have a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered · %2 waiting · %3 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s annual &amp;network gathering (members should send an administrator and a politician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: type a name, then Enter marks attended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;nded (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E-&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar File (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Participant List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant list could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant &amp;List (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: “%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee (empty: free):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They moved up from the waiting list and have been told they have a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage of its documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Waiting List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is full: %1 is number %2 on the waiting list, and moves up when a seat is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In from the Waiting List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is number %2 on the waiting list. Check them in on the seat of someone who did not come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event starts on %1. Mark people as attended already now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrations as shown, as an Excel workbook or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventsModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventsPage</name>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event “%1” with its registrations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 of %n events</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::FormDialog</name>
    <message>
        <source>Save the changes before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard throws away what was typed; Cancel goes back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::GatheringReportDialog</name>
    <message>
        <source>Only members short of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members Represented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from who is registered; after the event, from who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 members on %3 were represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 members on %3 sent both an administrator and a politician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::GroupDialog</name>
    <message>
        <source>Group Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Theme Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E-&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::GroupsPage</name>
    <message>
        <source>Delete Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme group “%1”? Its people stay in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n groups</source>
        <translation>
            <numerusform>%1 of %n groups</numerusform>
            <numerusform>%1 of %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme &amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::ImportMergeDialog</name>
    <message>
        <source>Row %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file (ticked: taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has nothing the register does not already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoiceAmountDialog</name>
    <message>
        <source>Amount: “%1” is not an amount, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credit note of %1 for invoice %2? It gets its own number and can never be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 to %2, %3. Amount %4, credited %5, paid %6, outstanding %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative amount corrects a payment registered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most what is not credited yet can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 outstanding; the rest, %3, becomes the member&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is not a day the money can have come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this payment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoiceCardDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inhabitants (%2) × %3 per inhabitant; rule: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s), the last on %1, due %2</source>
        <translation>
            <numerusform>%n reminder, the last on %1, due %2</numerusform>
            <numerusform>%n reminders, the last on %1, due %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;EHF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this document as an EHF e-invoice, into the EHF outbox when one is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued. Open its card, to save or print it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dunning Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoicesModel</name>
    <message>
        <source>Credit note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded on %1; new due date %2 (the invoice&apos;s was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MainWindow</name>
    <message>
        <source>Sekretariat databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Backup Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use File ▸ Open Database… or File ▸ New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated; the earlier version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. A new database needs a new file name; to use the existing file, choose File ▸ Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sekretariat-backup-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Backup Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy cannot replace the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sekretariat %1&lt;/h3&gt;&lt;p&gt;The member register, dues and events of a network of municipalities working on public health.&lt;/p&gt;&lt;p&gt;Reference data: municipalities and population from Statistics Norway (NLOD 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged and was closed. Nothing was written to it; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) – Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open for writing by %2.

Only one program at a time may change it. Open it read-only, to look things up without changing anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded with the name you are signed in to this computer with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the keychain would not keep the password (%1). It will be asked for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Register To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole register into an empty database on a server, or a server&apos;s register into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sekretariat-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Register to a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Register to a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole register is copied into an empty database on the server, which the server&apos;s administrator creates. The register open here stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The register was copied to %1 and checked: each of its %n table(s) has the same rows as here, and the bookkeeping checks out. The open register was not changed.

Open the copy now?</source>
        <translation>
            <numerusform>The register was copied to %1 and checked: its one table has the same rows as here, and the bookkeeping checks out. The open register was not changed.

Open the copy now?</numerusform>
            <numerusform>The register was copied to %1 and checked: each of its %n tables has the same rows as here, and the bookkeeping checks out. The open register was not changed.

Open the copy now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberAccountPanel</name>
    <message>
        <source>Statement of Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance: %1 paid beyond the invoices, in the member&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice, credit note, reminder and payment with the running balance, in the member&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement (CS&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Credit &amp;Against…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what the member paid too much for an invoice that is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book that the credit was paid back to the member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberAttendanceTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberDialog</name>
    <message>
        <source>Member – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the official list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference (Deres ref.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0301 or 46</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four digits for a municipality, two for a county municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhabitants, as published by Statistics Norway (SSB); the dues follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s case number (saksnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first talk with the secretariat, when the member was a prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the council&apos;s political decision to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public bodies return invoices that lack the buyer&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of invoices and letters sent to this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the member and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events attended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0192: and the organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode, town, country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department, street or post box, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code: NO for Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives &amp;electronic invoices (EHF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public bodies must receive invoices as EHF through the Peppol network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s Peppol address; leave it empty for 0192: and the organisation number, which nearly every municipality uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the member as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new person at this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pe&amp;rson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Contact &amp;Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s people as contact cards (vCard) for Outlook, Apple Contacts or Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberInvoicesTable</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberPeopleTable</name>
    <message>
        <source>%1 (%2–%3)</source>
        <comment>role (from–to)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MembersModel</name>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active member must have a current administrative and political contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MembersPage</name>
    <message>
        <source>Delete the member “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n member(s)?</source>
        <translation>
            <numerusform>Delete this member?</numerusform>
            <numerusform>Delete these %n members?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member without people or other history can be deleted. A member that leaves the network is kept with the status Resigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only members with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only municipalities or only county municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing contacts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only members that must have an administrative and a political contact and lack one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics Norway, table 07459 (*.csv *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The population of %n member(s) was updated.</source>
        <translation>
            <numerusform>The population of %n member was updated.</numerusform>
            <numerusform>The population of %n members was updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the members&apos; population from a file of Statistics Norway (table 07459)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members from a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::MunicipalityCatalogue</name>
    <message>
        <source>The official list “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official list “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official list “%1” has no column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code and &amp;city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account members pay their dues to; checked by its MOD11 check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be an image file of at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC (SWI&amp;FT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ur reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO and 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed with the BIC on documents in English, for payments from abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the secretariat&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Our reference” on invoices: whom the member&apos;s invoice reception can ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in the Register of Business &amp;Enterprises (Foretaksregisteret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices then say “Foretaksregisteret” after the organisation number, as the law requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::OptionalDateEdit</name>
    <message>
        <source>Tick to set the date; leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PaymentImportDialog</name>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Payments – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 imported before. Payments whose KID matches an invoice are booked; the others wait for you.</source>
        <translation>
            <numerusform>%1, %n transaction: %2 to book (%3), %4 waiting for you, %5 imported before. Payments whose KID matches an invoice are booked; the others wait for you.</numerusform>
            <numerusform>%1, %n transactions: %2 to book (%3), %4 waiting for you, %5 imported before. Payments whose KID matches an invoice are booked; the others wait for you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n Payment(s)</source>
        <translation>
            <numerusform>&amp;Book %n Payment</numerusform>
            <numerusform>&amp;Book %n Payments</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PaymentImportLogDialog</name>
    <message>
        <source>Imported Bank Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bank file(s) imported. A file is imported once; its log is never changed.</source>
        <translation>
            <numerusform>%n bank file imported. A file is imported once; its log is never changed.</numerusform>
            <numerusform>%n bank files imported. A file is imported once; its log is never changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PeopleModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PeoplePage</name>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Delete this person?</numerusform>
            <numerusform>Delete these %n people?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their roles are deleted with them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners outside the membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the e-mail addresses of the selected people (or of everyone shown) for the BCC field of an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (member, e-mail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E-mail Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to %1.</source>
        <translation>
            <numerusform>%n contact card written to %1.</numerusform>
            <numerusform>%n contact cards written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contact &amp;Cards (vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected people (or everyone shown) as contact cards for Outlook, Apple Contacts or Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>%n person imported.</numerusform>
            <numerusform>%n people imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PersonDialog</name>
    <message>
        <source>Person – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None – partner outside the membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For partners: where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (member, e-mail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in the register has the e-mail address %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with this name is registered at %1 already:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the person registered, or save this one as another person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Registered Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Another Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code and town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own, if not their member&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::PopulationImportDialog</name>
    <message>
        <source>Import Population – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues %1 Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues %1 After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (renumbered since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the file, not &amp;matched to a municipality (%n):</source>
        <translation>
            <numerusform>In the file, not &amp;matched to a municipality (%n):</numerusform>
            <numerusform>In the file, not &amp;matched to a municipality (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the population on %2 of %n municipalities (%3).</source>
        <translation>
            <numerusform>%1: the population on %2 of %n municipality (%3).</numerusform>
            <numerusform>%1: the population on %2 of %n municipalities (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) get a new figure; the figures they have now stay in their history.</source>
        <translation>
            <numerusform>%n member gets a new figure; the figure it has now stays in its history.</numerusform>
            <numerusform>%n members get a new figure; the figures they have now stay in their history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Update %n Member(s)</source>
        <translation>
            <numerusform>&amp;Update %n Member</numerusform>
            <numerusform>&amp;Update %n Members</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegisterPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name, number, e-mail or other text shown in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read from the database, so it may be incomplete or empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows, after a question (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as shown (filter, sort, columns) as CSV for Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as shown, with a preview (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>The toolbar&apos;s short form of &quot;Export List…&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegistrationDialog</name>
    <message>
        <source>Registration – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet, access, other needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Represents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comes as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegistrationsModel</name>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – from the waiting list, tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (diet, access)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::RoleDialog</name>
    <message>
        <source>Member: choose the member where the role is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: the role cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::TableImportWizard</name>
    <message>
        <source>Import People – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Members – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the letters (æ, ø, å) and the columns look right; if not, choose the file&apos;s encoding or separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column goes into; a column set to “(not imported)” is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the columns&apos; fields in a file, for the command line&apos;s --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memb&amp;er of rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row as the forms would check it. Nothing is written until you choose Import, and then all of it in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with changes or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them as new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chosen duplicate: merge field by field, skip it or add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People already in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members already in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (the first sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header, </source>
        <translation>
            <numerusform>%1: %n row below the header, </numerusform>
            <numerusform>%1: %n rows below the header, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns go into “%1”; choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the first names, the last names or the full names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the members&apos; numbers or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was stopped. Go back and Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n row(s) with errors and import the rest</source>
        <translation>
            <numerusform>&amp;Leave out the row with errors and import the rest</numerusform>
            <numerusform>&amp;Leave out the %n rows with errors and import the rest</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to read all that is said about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::ThemeGroupsModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sekretariat::WaitingPaymentsDialog</name>
    <message>
        <source>Payments Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book on Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Ours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the payment aside: it is not the network&apos;s money (it stays in the import log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting payments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment from the bank waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) from the bank could not be booked by their KID. Book each on its invoice, or set it aside if it is not the network&apos;s money.</source>
        <translation>
            <numerusform>%n payment from the bank could not be booked by its KID. Book it on its invoice, or set it aside if it is not the network&apos;s money.</numerusform>
            <numerusform>%n payments from the bank could not be booked by their KID. Book each on its invoice, or set it aside if it is not the network&apos;s money.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book on Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number the payment of %1 belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice: “%1” is not an invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the payment of %1 on %2 aside as not the network&apos;s money? It is not booked, and cannot be booked later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” needs a host and a database: postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” has an option this program does not know: %2=%3. Only sslmode (%4) may be given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetWorkbook</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1, membership dues %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received, invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment taken back or refunded, invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for invoice %2, with reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe %1. Please pay each invoice with its own KID to account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your favour. We set it against your next invoice, unless you ask us to pay it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is settled: nothing is owed either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFileReader</name>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither CSV text nor an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportCommands</name>
    <message>
        <source>--duplicates is skip, merge or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates is skip or merge: a member cannot be added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows with errors in the file, or leave their columns out with --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportWriter</name>
    <message>
        <source>%1 was changed in the register after the check, and a merge would write over it; check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeGroupRepository</name>
    <message>
        <source>The group to change was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: the group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends: the group cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: there is a group called “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only, because another program has it open for writing; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person was deleted meanwhile; export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Write</name>
    <message>
        <source>the row no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
