<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>A4PdfWriter</name>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>PDF-skriveren kunne ikke starte.</translation>
    </message>
</context>
<context>
    <name>AgeingReport</name>
    <message>
        <source>In all</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ikke forfalt</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dager</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dager</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dager</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 dager</translation>
    </message>
</context>
<context>
    <name>BankFileReader</name>
    <message>
        <source>This XML file is not an ISO 20022 camt.053 or camt.054 bank file.</source>
        <translation>Denne XML-filen er ikke en ISO 20022-bankfil av typen camt.053 eller camt.054.</translation>
    </message>
    <message>
        <source>This is neither a Nets OCR giro file nor an ISO 20022 camt.053 or camt.054 file.</source>
        <translation>Dette er verken en OCR giro-fil fra Nets eller en ISO 20022-fil av typen camt.053 eller camt.054.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a bank file.</source>
        <translation>«%1» er for stor til å være en bankfil.</translation>
    </message>
</context>
<context>
    <name>BookkeepingChain</name>
    <message>
        <source>the row to record in the bookkeeping chain cannot be read</source>
        <translation>raden som skal føres inn i bokføringskjeden, kan ikke leses</translation>
    </message>
    <message>
        <source>credit note %1 (table invoices, row %2)</source>
        <translation>kreditnota %1 (tabell invoices, rad %2)</translation>
    </message>
    <message>
        <source>invoice %1 (table invoices, row %2)</source>
        <translation>faktura %1 (tabell invoices, rad %2)</translation>
    </message>
    <message>
        <source>table invoices, row %1</source>
        <translation>tabell invoices, rad %1</translation>
    </message>
    <message>
        <source>payment on invoice %1 (table payments, row %2)</source>
        <translation>innbetaling på faktura %1 (tabell payments, rad %2)</translation>
    </message>
    <message>
        <source>table payments, row %1</source>
        <translation>tabell payments, rad %1</translation>
    </message>
    <message>
        <source>reminder of invoice %1 (table reminders, row %2)</source>
        <translation>purring på faktura %1 (tabell reminders, rad %2)</translation>
    </message>
    <message>
        <source>table reminders, row %1</source>
        <translation>tabell reminders, rad %1</translation>
    </message>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>Tabellen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The bookkeeping chain cannot be read: %1</source>
        <translation>Bokføringskjeden kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was removed outside the program (chain link %2).</source>
        <translation>Bokføring: %1 er fjernet utenfor programmet (kjedeledd %2).</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>tabell %1, rad %2</translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was changed outside the program (chain link %2 does not match).</source>
        <translation>Bokføring: %1 er endret utenfor programmet (kjedeledd %2 stemmer ikke).</translation>
    </message>
    <message>
        <source>Bookkeeping: %1 was added outside the program (it has no chain link).</source>
        <translation>Bokføring: %1 er lagt til utenfor programmet (den har ikke noe kjedeledd).</translation>
    </message>
</context>
<context>
    <name>BookkeepingCheck</name>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation>Triggerne kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Bookkeeping: the trigger %1 that protects the table %2 is missing.</source>
        <translation>Bokføring: triggeren %1 som beskytter tabellen %2, mangler.</translation>
    </message>
    <message>
        <source>Bookkeeping: the trigger %1 no longer protects the table %2.</source>
        <translation>Bokføring: triggeren %1 beskytter ikke lenger tabellen %2.</translation>
    </message>
    <message>
        <source>The invoice numbers cannot be read: %1</source>
        <translation>Fakturanumrene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Bookkeeping: the number %1 is used twice (table invoices, row %2).</source>
        <translation>Bokføring: nummeret %1 er brukt to ganger (tabell invoices, rad %2).</translation>
    </message>
    <message>
        <source>Bookkeeping: the number %1 is missing (a gap before invoice %2).</source>
        <translation>Bokføring: nummeret %1 mangler (et hull før faktura %2).</translation>
    </message>
    <message>
        <source>Bookkeeping: the numbers %1 to %2 are missing (a gap before invoice %3).</source>
        <translation>Bokføring: numrene %1 til %2 mangler (et hull før faktura %3).</translation>
    </message>
    <message>
        <source>Bookkeeping: the sequence of invoice numbers is missing.</source>
        <translation>Bokføring: nummerserien for fakturaene mangler.</translation>
    </message>
    <message>
        <source>Bookkeeping: the next invoice number is %1, but the highest issued is %2; it must be %3.</source>
        <translation>Bokføring: neste fakturanummer er %1, men det høyeste utstedte er %2; det må være %3.</translation>
    </message>
    <message>
        <source>The log of the bank files cannot be read: %1</source>
        <translation>Loggen over bankfilene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Bookkeeping: the bank file “%1” booked %2 payments (%3) by its log, but %4 (%5) are in the register.</source>
        <translation>Regnskap: ifølge loggen bokførte bankfilen «%1» %2 innbetalinger (%3), men %4 (%5) finnes i registeret.</translation>
    </message>
    <message>
        <source>Bookkeeping: the bank transaction %1 is marked booked, but its payment is not in the register.</source>
        <translation>Regnskap: banktransaksjonen %1 er merket som bokført, men innbetalingen finnes ikke i registeret.</translation>
    </message>
</context>
<context>
    <name>CamtReader</name>
    <message>
        <source>%1 Nothing was read from the file.</source>
        <translation>%1 Ingenting er lest fra filen.</translation>
    </message>
    <message>
        <source>This is not an ISO 20022 camt.053 or camt.054 file of version .001.02 to .001.08 (its root is “%1” in “%2”).</source>
        <translation>Dette er ikke en ISO 20022-fil av typen camt.053 eller camt.054 i versjon .001.02 til .001.08 (roten er «%1» i «%2»).</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number.</source>
        <translation>Beløpet «%1» er ikke et tall.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>Filen er ikke gyldig XML (linje %1: %2).</translation>
    </message>
    <message>
        <source>The file has no statement or notification (Stmt or Ntfctn).</source>
        <translation>Filen har ingen kontoutskrift eller melding (Stmt eller Ntfctn).</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>ClipboardNotice</name>
    <message>
        <source>No e-mail address to copy: none of these people has one.</source>
        <translation>Ingen e-postadresse å kopiere: ingen av disse personene har en.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) copied to the clipboard, separated by “; ”.</source>
        <translation>
            <numerusform>%n e-postadresse kopiert til utklippstavlen, skilt med «; ».</numerusform>
            <numerusform>%n e-postadresser kopiert til utklippstavlen, skilt med «; ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Bruk databasen FIL i stedet for standarddatabasen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Fill a new, empty database with demo members and people.</source>
        <translation>Fyll en ny, tom database med demomedlemmer og -personer.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the window and messages: nb or en.</source>
        <translation>Språk i vinduet og i meldinger: nb eller en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>dues-run: issue the invoices instead of showing the preview.</source>
        <translation>dues-run: utsted fakturaene i stedet for å vise forhåndsvisningen.</translation>
    </message>
    <message>
        <source>dues-run: the invoices&apos; date (default today).</source>
        <translation>dues-run: fakturadato (standard i dag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[kommando]</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database trenger et filnavn.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Known languages: %2.</source>
        <translation>Ukjent språk «%1». Kjente språk: %2.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo åpner vinduet og kan ikke kombineres med en kommando.</translation>
    </message>
    <message>
        <source>dues-run and export invoices: also write the documents as PDF into FOLDER.</source>
        <translation>dues-run og export invoices: skriv også dokumentene som PDF i MAPPE.</translation>
    </message>
    <message>
        <source>export invoices: only the documents with these numbers (12,13,20-25).</source>
        <translation>export invoices: bare dokumentene med disse numrene (12,13,20-25).</translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation>NUMRE</translation>
    </message>
    <message>
        <source>--issue and --issue-date belong to the command dues-run.</source>
        <translation>--issue og --issue-date hører til kommandoen dues-run.</translation>
    </message>
    <message>
        <source>--pdf belongs to the commands dues-run and export invoices.</source>
        <translation>--pdf hører til kommandoene dues-run og export invoices.</translation>
    </message>
    <message>
        <source>--numbers belongs to the command export invoices.</source>
        <translation>--numbers hører til kommandoen export invoices.</translation>
    </message>
    <message>
        <source>dues-run and export invoices: also write the invoices and credit notes as EHF into FOLDER.</source>
        <translation>dues-run og export invoices: skriv også fakturaene og kreditnotaene som EHF i MAPPE.</translation>
    </message>
    <message>
        <source>--ehf belongs to the commands dues-run and export invoices.</source>
        <translation>--ehf hører til kommandoene dues-run og export invoices.</translation>
    </message>
    <message>
        <source>import: show what the file would do; change nothing.</source>
        <translation>import: vis hva filen ville gjort; endre ingenting.</translation>
    </message>
    <message>
        <source>--dry-run belongs to the command import.</source>
        <translation>--dry-run hører til kommandoen import.</translation>
    </message>
    <message>
        <source>Output format for export: csv, xlsx, vcf for people, ics for one event, ehf for one invoice, pdf for a statement.</source>
        <translation>Format for eksport: csv, xlsx, vcf for personer, ics for ett arrangement, ehf for én faktura, pdf for en kontoutskrift.</translation>
    </message>
    <message>
        <source>The year of dues-run or export invoices; import population: the year to read from a file of several.</source>
        <translation>Året for dues-run eller export invoices; import population: året som leses fra en fil med flere år.</translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output (needed for xlsx).</source>
        <translation>export: skriv til FIL i stedet for standard ut (nødvendig for xlsx).</translation>
    </message>
    <message>
        <source>--output belongs to the command export.</source>
        <translation>--output hører til kommandoen export.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output trenger et filnavn.</translation>
    </message>
    <message>
        <source>--year belongs to the commands dues-run, export invoices and import population.</source>
        <translation>--year hører til kommandoene dues-run, export invoices og import population.</translation>
    </message>
    <message>
        <source>--output names the register itself (or a file SQLite keeps beside it): choose another file.</source>
        <translation>--output peker på selve registeret (eller en fil SQLite har ved siden av det): velg en annen fil.</translation>
    </message>
    <message>
        <source>“%1” is the register itself (or a file SQLite keeps beside it), not a file to import.</source>
        <translation>«%1» er selve registeret (eller en fil SQLite har ved siden av det), ikke en fil å importere.</translation>
    </message>
    <message>
        <source>import people|members: the columns&apos; fields from FILE (JSON, as the import wizard saves it).</source>
        <translation>import people|members: kolonnenes felt fra FIL (JSON, slik importveiviseren lagrer den).</translation>
    </message>
    <message>
        <source>import people|members: what to do with someone already in the register: skip (default), merge or add.</source>
        <translation>import people|members: hva som gjøres med noen som alt er i registeret: skip (hopp over, standard), merge (slå sammen) eller add (legg til).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>--mapping and --duplicates belong to the commands import people and import members.</source>
        <translation>--mapping og --duplicates hører til kommandoene import people og import members.</translation>
    </message>
    <message>
        <source>--mapping names the register itself: choose the mapping&apos;s file.</source>
        <translation>--mapping viser til selve registeret: velg filen med kolonnevalgene.</translation>
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
        <translation>Medlemsregister, kontingent og arrangementer for et nettverk av kommuner.

Kommandoer (åpner ikke vinduet):
  export members|people|invoices|events|registrations --format csv [--year ÅR]
                                       skriv en tabell som CSV til standard ut
  export members|people|invoices|events --format xlsx --output FIL
                                       skriv en tabell som Excel-arbeidsbok, slik vinduet
                                       viser den (kolonnene, på valgt språk)
  export people --format vcf [--output FIL]
                                       alles kontaktkort (vCard 4.0)
  export invoices [--year ÅR] [--numbers N,N-N] --pdf MAPPE | --ehf MAPPE
                                       skriv også de utstedte dokumentene som PDF eller EHF
  export invoice NUMMER --format ehf   skriv én faktura eller kreditnota som EHF
                                       (Peppol BIS Billing 3.0) til standard ut
  export ageing --format csv           hva hvert medlem skylder, etter dager på forfall
  export statement MEDLEM --format csv|pdf
                                       et medlems kontoutskrift, etter medlemsnummer
  export event ID --format ics         skriv et arrangement som iCalendar-fil
  check                                vis skjemaversjonen, sjekk integriteten og
                                       bokføringen; endrer aldri filen
  import payments FIL [--dry-run]      bokfør betalingene i en bankfil (OCR giro,
                                       camt.053/054) avstemt med KID; skriv ut avstemmingen
  import population FIL [--year ÅR] [--dry-run]
                                       sett medlemmenes innbyggertall fra en fil av
                                       SSBs tabell 07459 (CSV, JSON-stat)
  import people|members FIL [--mapping FIL] [--duplicates skip|merge|add] [--dry-run]
                                       legg til personer eller medlemmer fra en CSV-fil eller
                                       en Excel-arbeidsbok; skriv ut hva hver rad gjør; en fil
                                       med feil skriver ingenting
  dues-run --year ÅR                   vis årets kontingent som CSV, én linje per medlem
  dues-run --year ÅR --issue [--issue-date ÅÅÅÅ-MM-DD] [--pdf MAPPE] [--ehf MAPPE]
                                       utsted årets fakturaer og skriv ut numrene</translation>
    </message>
    <message>
        <source>copy-database: the register to copy (a file or postgresql://user@host:port/db).</source>
        <translation>copy-database: registeret som skal kopieres (en fil eller postgresql://bruker@vert:port/db).</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>HVOR</translation>
    </message>
    <message>
        <source>copy-database: the new file or empty server database to copy into.</source>
        <translation>copy-database: den nye filen eller den tomme tjenerdatabasen det kopieres til.</translation>
    </message>
    <message>
        <source>export, import, check, dues-run or copy-database; none opens the window.</source>
        <translation>export, import, check, dues-run eller copy-database; uten kommando åpnes vinduet.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.</source>
        <translation>Ukjent kommando «%1». Kjente kommandoer: export, import, check, dues-run, copy-database.</translation>
    </message>
    <message>
        <source>--from and --to belong to the command copy-database.</source>
        <translation>--from og --to hører til kommandoen copy-database.</translation>
    </message>
    <message>
        <source>copy-database needs --from and --to: the register to copy and where to.</source>
        <translation>copy-database trenger --from og --to: registeret som skal kopieres, og hvor det skal.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown format “%1”. Known formats: csv.</source>
        <translation>Ukjent format «%1». Kjente formater: csv.</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE check</source>
        <translation>Bruk: sekretariat --database FIL check</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Eksporten kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>Skjemaversjon: %1 (dette programmet kjenner til og med %2)</translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation>Integritetskontroll: ok</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check found %n problem(s):</source>
        <translation>
            <numerusform>Integritetskontrollen fant %n problem:</numerusform>
            <numerusform>Integritetskontrollen fant %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export event ID --format ics</source>
        <translation>Bruk: sekretariat --database FIL export event ID --format ics</translation>
    </message>
    <message>
        <source>The output could not be written: %1</source>
        <translation>Utdataene kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The file will be updated when it is next opened for writing; check leaves it as it is.</source>
        <translation>Filen blir oppdatert neste gang den åpnes for skriving; check lar den være som den er.</translation>
    </message>
    <message>
        <source>Open for writing by %1.</source>
        <translation>Åpen for skriving av %1.</translation>
    </message>
    <message numerus="yes">
        <source>Bookkeeping check found %n problem(s):</source>
        <translation>
            <numerusform>Bokføringskontrollen fant %n problem:</numerusform>
            <numerusform>Bokføringskontrollen fant %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookkeeping check: the numbers are ok; the chain of hashes comes with the update.</source>
        <translation>Bokføringskontroll: numrene er ok; kjeden av hashverdier kommer med oppdateringen.</translation>
    </message>
    <message>
        <source>Bookkeeping check: ok (nothing issued yet)</source>
        <translation>Bokføringskontroll: ok (ingenting er utstedt ennå)</translation>
    </message>
    <message numerus="yes">
        <source>Bookkeeping check: ok (%n document(s) and payment(s) in the chain, latest link %1)</source>
        <translation>
            <numerusform>Bokføringskontroll: ok (%n dokument eller innbetaling i kjeden, siste ledd %1)</numerusform>
            <numerusform>Bokføringskontroll: ok (%n dokumenter og innbetalinger i kjeden, siste ledd %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Registeret kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export invoice NUMBER --format ehf</source>
        <translation>Bruk: sekretariat --database FIL export invoice NUMMER --format ehf</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE dues-run --year YEAR [--issue] [--issue-date YYYY-MM-DD] [--pdf FOLDER] [--ehf FOLDER]</source>
        <translation>Bruk: sekretariat --database FIL dues-run --year ÅR [--issue] [--issue-date ÅÅÅÅ-MM-DD] [--pdf MAPPE] [--ehf MAPPE]</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export members|people|invoices|events|registrations|ageing --format csv [--year YEAR] [--numbers N,N-N] [--pdf FOLDER] [--ehf FOLDER]</source>
        <translation>Bruk: sekretariat --database FIL export members|people|invoices|events|registrations|ageing --format csv [--year ÅR] [--numbers N,N-N] [--pdf MAPPE] [--ehf MAPPE]</translation>
    </message>
    <message>
        <source>Unknown table “%1”. Known tables: members, people, invoices, events, registrations, ageing.</source>
        <translation>Ukjent tabell «%1». Kjente tabeller: members, people, invoices, events, registrations, ageing.</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export statement MEMBER-NUMBER --format csv|pdf</source>
        <translation>Bruk: sekretariat --database FIL export statement MEDLEMSNUMMER --format csv|pdf</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE export people --format vcf [--output FILE]</source>
        <translation>Bruk: sekretariat --database FIL export people --format vcf [--output FIL]</translation>
    </message>
    <message>
        <source>An Excel workbook is written of members, people, invoices and events; “%1” is exported as csv.</source>
        <translation>Excel-arbeidsbok skrives for members, people, invoices og events; «%1» eksporteres som csv.</translation>
    </message>
    <message>
        <source>A workbook is not text for a terminal: name its file with --output FILE.</source>
        <translation>En arbeidsbok er ikke tekst for en terminal: oppgi filen med --output FIL.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Usage: sekretariat --database FILE import payments BANKFILE [--dry-run]
       sekretariat --database FILE import population FILE [--year YEAR] [--dry-run]
       sekretariat --database FILE import people|members FILE [--mapping FILE] [--duplicates skip|merge|add] [--dry-run]</source>
        <translation>Bruk: sekretariat --database FIL import payments BANKFIL [--dry-run]
      sekretariat --database FIL import population FIL [--year ÅR] [--dry-run]
      sekretariat --database FIL import people|members FIL [--mapping FIL] [--duplicates skip|merge|add] [--dry-run]</translation>
    </message>
    <message>
        <source>Usage: sekretariat copy-database --from FILE|postgresql://... --to postgresql://...|FILE</source>
        <translation>Bruk: sekretariat copy-database --from FIL|postgresql://... --to postgresql://...|FIL</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.</source>
        <translation>Ukjent kommando «%1». Kjente kommandoer: export, import, check, dues-run, copy-database.</translation>
    </message>
    <message>
        <source>%1: %2 rows copied…</source>
        <translation>%1: %2 rader kopiert …</translation>
    </message>
    <message>
        <source>Copied and verified: every table has the same rows in “%1” as in “%2”.</source>
        <translation>Kopiert og kontrollert: hver tabell har de samme radene i «%1» som i «%2».</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Nothing you see in the form differs; it was saved again.</source>
        <translation>Ingenting du ser i skjemaet er annerledes; det ble lagret på nytt.</translation>
    </message>
    <message>
        <source>What was changed:</source>
        <translation>Dette ble endret:</translation>
    </message>
    <message>
        <source>&amp;Take Their Version</source>
        <translation>Ta &amp;deres versjon</translation>
    </message>
    <message>
        <source>&amp;Save Mine Over It</source>
        <translation>&amp;Lagre min over den</translation>
    </message>
    <message>
        <source>&amp;Back to the Form</source>
        <translation>&amp;Tilbake til skjemaet</translation>
    </message>
</context>
<context>
    <name>ContactCardsFile</name>
    <message>
        <source>Save Contact Cards</source>
        <translation>Lagre kontaktkort</translation>
    </message>
    <message>
        <source>Contact cards, vCard (*.vcf);;All files (*)</source>
        <translation>Kontaktkort, vCard (*.vcf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The contact cards could not be written: %1</source>
        <translation>Kontaktkortene kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» er ikke en fil.</translation>
    </message>
    <message>
        <source>“%1” is not a Sekretariat database. The file was left as it is.</source>
        <translation>«%1» er ikke en Sekretariat-database. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen «%1» kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation>Databasen «%1» kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be used. The file was left as it is; open a backup copy instead.</source>
        <translation>Databasen «%1» er skadet og kan ikke brukes. Filen er ikke endret; åpne en sikkerhetskopi i stedet.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file, but not a Sekretariat database. The file was left as it is.</source>
        <translation>«%1» er en SQLite-fil, men ikke en Sekretariat-database. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Sekretariat (schema %2; this version knows up to %3). Update the program to open it. The file was left as it is.</source>
        <translation>Databasen «%1» er skrevet av en nyere versjon av Sekretariat (skjema %2; denne versjonen kjenner til og med %3). Oppdater programmet for å åpne den. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” needs an update, but the backup copy could not be written first: %2. Nothing was changed.</source>
        <translation>Databasen «%1» må oppdateres, men sikkerhetskopien kunne ikke skrives først: %2. Ingenting er endret.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be prepared: %2</source>
        <translation>Databasen «%1» kan ikke klargjøres: %2</translation>
    </message>
    <message>
        <source>The update %1 cannot be read.</source>
        <translation>Oppdateringen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The database update %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>Databaseoppdatering %1 (%2) mislyktes: %3. Ingenting er endret.</translation>
    </message>
    <message>
        <source>The database update %1 could not be recorded: %2</source>
        <translation>Databaseoppdatering %1 kunne ikke registreres: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>«%1» kan ikke erstattes.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>«%1» kan ikke skrives.</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabell %1, rad %2 viser til en rad som mangler i %3.</translation>
    </message>
    <message>
        <source>The database “%1” is in use by another program right now. Try again when it is done.</source>
        <translation>Databasen «%1» brukes av et annet program akkurat nå. Prøv igjen når det er ferdig.</translation>
    </message>
    <message>
        <source>You have no permission to use the database “%1”. The file was left as it is.</source>
        <translation>Du har ikke tillatelse til å bruke databasen «%1». Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be written: the file or its folder “%2” is read-only, or you have no permission to change it. The file is not damaged and was left as it is.</source>
        <translation>Databasen «%1» kan ikke skrives: filen eller mappen «%2» som den ligger i, er skrivebeskyttet, eller du har ikke tillatelse til å endre den. Filen er ikke skadet og er ikke endret.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Make room on it and try again; the file was left as it is.</source>
        <translation>Disken der «%1» ligger, er full. Frigjør plass på den og prøv igjen; filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written (an error of the disk or the network drive: %2). The file was left as it is.</source>
        <translation>Databasen «%1» kunne ikke leses eller skrives (feil på disken eller nettverksstasjonen: %2). Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: its folder “%2” is read-only, and the database needs to keep working files beside it (“-wal” and “-shm”). Copy the file to a folder you can write to. The file is not damaged and was left as it is.</source>
        <translation>Databasen «%1» kan ikke åpnes: mappen «%2» som den ligger i, er skrivebeskyttet, og databasen må ha arbeidsfiler ved siden av seg («-wal» og «-shm»). Kopier filen til en mappe du kan skrive til. Filen er ikke skadet og er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” or a working file beside it cannot be opened: check the permissions of the file and its folder “%2”. The file was left as it is.</source>
        <translation>Databasen «%1» eller en arbeidsfil ved siden av den kan ikke åpnes: sjekk tilgangsrettighetene til filen og mappen «%2» som den ligger i. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>Databasen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sekretariat database. The file was left as it is.</source>
        <translation>«%1» er en tom fil, ikke en Sekretariat-database. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” is open for writing by %2. Only one program at a time may change it; it can be read meanwhile. If you are sure that program has been closed, delete the file “%3”.</source>
        <translation>Databasen «%1» er åpen for skriving av %2. Bare ett program om gangen kan endre den; den kan leses i mellomtiden. Hvis du er sikker på at det programmet er lukket, slett filen «%3».</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened for writing: %2. The file is not damaged and was left as it is.</source>
        <translation>Databasen «%1» kan ikke åpnes for skriving: %2. Filen er ikke skadet og er ikke endret.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file without tables, not a Sekretariat database. The file was left as it is.</source>
        <translation>«%1» er en SQLite-fil uten tabeller, ikke en Sekretariat-database. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The database “%1” has schema %2 and needs an update to schema %3 before this program can read it. It is only read here, so nothing was changed; open it for writing (in the window, when no one else has it open) to update it.</source>
        <translation>Databasen «%1» har skjema %2 og må oppdateres til skjema %3 før dette programmet kan lese den. Her blir den bare lest, så ingenting er endret; åpne den for skriving (i vinduet, når ingen andre har den åpen) for å oppdatere den.</translation>
    </message>
    <message>
        <source>The database “%1” is empty, not a Sekretariat register. Nothing was changed.</source>
        <translation>Databasen «%1» er tom, ikke et Sekretariat-register. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database “%1” has tables of another program, not a Sekretariat register. Nothing was changed.</source>
        <translation>Databasen «%1» har tabeller fra et annet program, ikke et Sekretariat-register. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation>Denne installasjonen kan ikke nå en PostgreSQL-tjener: Qts PostgreSQL-driver (QPSQL) mangler. På Debian installerer du pakken libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password for “%1”. Check them and try again; nothing was changed.</source>
        <translation>Tjeneren avviste brukernavnet eller passordet for «%1». Kontroller dem og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server has no database by the name in “%1”. Ask the server&apos;s administrator to create it (empty); the program then sets it up. Nothing was changed.</source>
        <translation>Tjeneren har ingen database med navnet i «%1». Be tjenerens administrator opprette den (tom); programmet setter den så opp. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server does not let this user use “%1”: %2. Nothing was changed.</source>
        <translation>Tjeneren lar ikke denne brukeren bruke «%1»: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server of “%1” cannot be reached. Check the host name and the port, and that the network is up; nothing was changed. (%2)</source>
        <translation>Tjeneren for «%1» kan ikke nås. Kontroller vertsnavnet og porten, og at nettverket virker; ingenting ble endret. (%2)</translation>
    </message>
    <message>
        <source>A secure connection to “%1” could not be made: %2. Nothing was changed.</source>
        <translation>En sikker forbindelse til «%1» kunne ikke opprettes: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Sekretariat (schema %2; this version knows up to %3). Update the program to open it. Nothing was changed.</source>
        <translation>Databasen «%1» er skrevet av en nyere versjon av Sekretariat (skjema %2; denne versjonen kjenner til og med %3). Oppdater programmet for å åpne den. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>“%1” exists already. A register is copied into a new file or an empty server database only; nothing was changed.</source>
        <translation>«%1» finnes allerede. Et register kopieres bare til en ny fil eller en tom tjenerdatabase; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The register “%1” has schema %2, this program %3: open it in the program once to update it, then copy it. Nothing was changed.</source>
        <translation>Registeret «%1» har skjema %2, dette programmet %3: åpne det i programmet én gang for å oppdatere det, og kopier det så. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The register “%1” has a table this program does not know (%2); nothing was copied.</source>
        <translation>Registeret «%1» har en tabell dette programmet ikke kjenner (%2); ingenting ble kopiert.</translation>
    </message>
    <message>
        <source>The target “%1” cannot be read: %2</source>
        <translation>Målet «%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The target “%1” holds a register already (the table %2 has rows). A register is copied into an empty one only; nothing was changed.</source>
        <translation>Målet «%1» inneholder allerede et register (tabellen %2 har rader). Et register kopieres bare til et tomt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The table %1 could not be copied: %2. The target was left empty.</source>
        <translation>Tabellen %1 kunne ikke kopieres: %2. Målet ble latt stå tomt.</translation>
    </message>
    <message>
        <source>its columns differ between the two registers</source>
        <translation>kolonnene er ulike i de to registrene</translation>
    </message>
    <message>
        <source>The copy of the table %1 cannot be verified: %2</source>
        <translation>Kopien av tabellen %1 kan ikke kontrolleres: %2</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, %3 in the copy). Do not use the copy.</source>
        <translation>Kopien av tabellen %1 er ulik originalen (%2 rader, %3 i kopien). Ikke bruk kopien.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), checksum %2</source>
        <translation>
            <numerusform>%1: %n rad, kontrollsum %2</numerusform>
            <numerusform>%1: %n rader, kontrollsum %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The bookkeeping of the copy does not check out: %1. Do not use the copy.</source>
        <translation>Regnskapet i kopien stemmer ikke: %1. Ikke bruk kopien.</translation>
    </message>
    <message>
        <source>the copy was stopped</source>
        <translation>kopieringen ble stoppet</translation>
    </message>
</context>
<context>
    <name>DemoDataBuilder</name>
    <message>
        <source>The database cannot be read.</source>
        <translation>Databasen kan ikke leses.</translation>
    </message>
    <message>
        <source>The demo goes only into an empty database; this one already has members.</source>
        <translation>Demodata kan bare legges i en tom database; denne har allerede medlemmer.</translation>
    </message>
    <message>
        <source>The demo events could not be written.</source>
        <translation>Demo-arrangementene kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>DoubtsQuestion</name>
    <message>
        <source>Save with this date?</source>
        <translation>Lagre med denne datoen?</translation>
    </message>
    <message>
        <source>%1: %2 is far from today.</source>
        <translation>%1: %2 er langt fra dagens dato.</translation>
    </message>
</context>
<context>
    <name>DuesCalculator</name>
    <message>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Minstekontingent</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>County (cap)</source>
        <translation>Fylkeskommune (tak)</translation>
    </message>
</context>
<context>
    <name>DuesCommands</name>
    <message>
        <source>--year is missing: name the year of the dues, e.g. --year 2025.</source>
        <translation>--year mangler: oppgi kontingentåret, for eksempel --year 2025.</translation>
    </message>
    <message>
        <source>--year: “%1” is not a year between 2000 and 2200.</source>
        <translation>--year: «%1» er ikke et år mellom 2000 og 2200.</translation>
    </message>
    <message>
        <source>--issue-date: “%1” is not a date written YYYY-MM-DD.</source>
        <translation>--issue-date: «%1» er ikke en dato skrevet ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The preview could not be written: %1</source>
        <translation>Forhåndsvisningen kunne ikke skrives: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) for %1, in all %2.</source>
        <translation>
            <numerusform>Utstedte %n faktura for %1, i alt %2.</numerusform>
            <numerusform>Utstedte %n fakturaer for %1, i alt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation>Fakturaene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Eksporten kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The PDFs are in %1.</source>
        <translation>PDF-ene ligger i %1.</translation>
    </message>
    <message>
        <source>Another dues run is being issued in this database right now, by %1. Nothing was issued here; when it is done, run the preview (dues-run --year %2) to see what is left.</source>
        <translation>En annen kontingentkjøring utstedes i denne databasen akkurat nå, av %1. Ingenting er utstedt her; når den er ferdig, kjør forhåndsvisningen (dues-run --year %2) for å se hva som gjenstår.</translation>
    </message>
    <message>
        <source>Nothing to issue for %1: the dues of every member whose membership covers the year were issued already (invoices %2 to %3, the latest dated %4). To write their PDFs again: export invoices --year %1 --pdf FOLDER.</source>
        <translation>Ingenting å utstede for %1: kontingenten er allerede utstedt for alle medlemmer med medlemskap i året (fakturaene %2 til %3, den siste datert %4). For å skrive PDF-ene på nytt: export invoices --year %1 --pdf MAPPE.</translation>
    </message>
    <message>
        <source>Nothing to issue for %1: no member&apos;s membership covers the year.</source>
        <translation>Ingenting å utstede for %1: ingen medlemmer har medlemskap i året.</translation>
    </message>
    <message>
        <source>--issue-date: %1 Nothing was issued.</source>
        <translation>--issue-date: %1 Ingenting er utstedt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>--numbers: “%1” is not a number or a range of numbers such as 12-20.</source>
        <translation>--numbers: «%1» er ikke et nummer eller et nummerområde som 12-20.</translation>
    </message>
    <message>
        <source>--numbers: name the documents, e.g. --numbers 12,13,20-25.</source>
        <translation>--numbers: oppgi dokumentene, for eksempel --numbers 12,13,20-25.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the number(s) %1%2. Nothing was written.</source>
        <translation>Det finnes ingen faktura eller kreditnota med nummer %1%2. Ingenting er skrevet.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> i %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF-fil skrevet til %1.</numerusform>
            <numerusform>%n PDF-filer skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Registeret kan ikke leses: %1</translation>
    </message>
    <message>
        <source>These documents cannot be written as EHF:
%1</source>
        <translation>Disse dokumentene kan ikke skrives som EHF:
%1</translation>
    </message>
    <message>
        <source>“%1” is not an invoice number.</source>
        <translation>«%1» er ikke et fakturanummer.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation>Ingen faktura eller kreditnota har nummeret %1.</translation>
    </message>
    <message>
        <source>Document %1 cannot be written as EHF: missing %2.</source>
        <translation>Dokument %1 kan ikke skrives som EHF: mangler %2.</translation>
    </message>
    <message>
        <source>The PDF inside the EHF could not be made: %1</source>
        <translation>PDF-en inne i EHF-filen kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>--issue-date, --pdf and --ehf belong to --issue; without it dues-run only shows the preview.</source>
        <translation>--issue-date, --pdf og --ehf hører til --issue; uten den viser dues-run bare forhåndsvisningen.</translation>
    </message>
    <message>
        <source>%1: the folder “%2” cannot be created. Nothing was issued.</source>
        <translation>%1: mappen «%2» kan ikke opprettes. Ingenting er utstedt.</translation>
    </message>
    <message>
        <source>These members cannot receive a valid EHF; nothing was issued. Complete them, or clear “receives EHF” on the member&apos;s Invoicing tab:</source>
        <translation>Disse medlemmene kan ikke få en gyldig EHF; ingenting er utstedt. Fyll ut det som mangler, eller fjern «mottar EHF» på medlemmets fane Fakturering:</translation>
    </message>
    <message>
        <source>The invoices were issued, but their files could not be written: %1</source>
        <translation>Fakturaene er utstedt, men filene kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The EHF files are in %1.</source>
        <translation>EHF-filene ligger i %1.</translation>
    </message>
    <message>
        <source>There are no documents to write.</source>
        <translation>Det finnes ingen dokumenter å skrive.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Known formats: csv, pdf.</source>
        <translation>Ukjent format «%1». Kjente formater: csv, pdf.</translation>
    </message>
    <message>
        <source>No member has the number “%1”.</source>
        <translation>Ingen medlemmer har nummeret «%1».</translation>
    </message>
    <message>
        <source>The statement could not be made: %1</source>
        <translation>Kontoutskriften kunne ikke lages: %1</translation>
    </message>
</context>
<context>
    <name>DuesRepository</name>
    <message>
        <source>Year: %1 is not a year between %2 and %3.</source>
        <translation>År: %1 er ikke et år mellom %2 og %3.</translation>
    </message>
    <message>
        <source>Rate: enter the year&apos;s rate per inhabitant or its deflator.</source>
        <translation>Sats: fyll inn årets sats per innbygger eller deflatoren.</translation>
    </message>
    <message>
        <source>Rate: enter either the rate or the deflator, not both.</source>
        <translation>Sats: fyll inn enten satsen eller deflatoren, ikke begge.</translation>
    </message>
    <message>
        <source>Rate: the rate per inhabitant must be more than zero and at most %1.</source>
        <translation>Sats: satsen per innbygger må være over null og høyst %1.</translation>
    </message>
    <message>
        <source>Deflator: %1 % is not a sensible deflator; it must lie between -50 % and 50 %.</source>
        <translation>Deflator: %1 % er ikke en rimelig deflator; den må ligge mellom -50 % og 50 %.</translation>
    </message>
    <message>
        <source>Floor: the floor cannot be negative.</source>
        <translation>Minstekontingent: minstekontingenten kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Cap: the cap must be more than zero.</source>
        <translation>Tak: taket må være over null.</translation>
    </message>
    <message>
        <source>Floor: the floor (%1) is above the cap (%2).</source>
        <translation>Minstekontingent: minstekontingenten (%1) er høyere enn taket (%2).</translation>
    </message>
    <message>
        <source>Floor: in %1 the floor (%2) would be above the cap (%3).</source>
        <translation>Minstekontingent: i %1 ville minstekontingenten (%2) bli høyere enn taket (%3).</translation>
    </message>
    <message>
        <source>The rate could not be saved: %1</source>
        <translation>Satsen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>%1 has invoices calculated from its rate; the rate cannot be removed.</source>
        <translation>%1 har fakturaer beregnet med denne satsen; satsen kan ikke fjernes.</translation>
    </message>
    <message>
        <source>The rate could not be removed: %1</source>
        <translation>Satsen kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation>Det finnes ingen sats for %1.</translation>
    </message>
    <message>
        <source>Payment terms: between 0 and 365 days.</source>
        <translation>Betalingsfrist: mellom 0 og 365 dager.</translation>
    </message>
    <message>
        <source>Reminder terms: between 0 and 365 days.</source>
        <translation>Frist i purring: mellom 0 og 365 dager.</translation>
    </message>
    <message>
        <source>The dues settings could not be saved: %1</source>
        <translation>Kontingentinnstillingene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Dunning: each step between 0 and 365 days after the due date before it.</source>
        <translation>Purring: hvert steg mellom 0 og 365 dager etter forfallsdatoen før det.</translation>
    </message>
    <message>
        <source>Reminder fee: enter 0 or more.</source>
        <translation>Purregebyr: skriv 0 eller mer.</translation>
    </message>
    <message>
        <source>Reminder fee: the law allows at most %1 (a tenth of the collection rate).</source>
        <translation>Purregebyr: loven tillater høyst %1 (en tiendedel av inkassosatsen).</translation>
    </message>
</context>
<context>
    <name>DuesRunPlanner</name>
    <message>
        <source>No buyer reference (“Deres ref.”): public bodies return such invoices.</source>
        <translation>Mangler bestillerreferanse («Deres ref.»): offentlige virksomheter returnerer slike fakturaer.</translation>
    </message>
    <message>
        <source>No invoice address.</source>
        <translation>Mangler fakturaadresse.</translation>
    </message>
    <message>
        <source>No organisation number: the invoice cannot be sent as EHF.</source>
        <translation>Mangler organisasjonsnummer: fakturaen kan ikke sendes som EHF.</translation>
    </message>
    <message>
        <source>The population has no date; expected the figure of %1.</source>
        <translation>Innbyggertallet har ingen dato; forventet tallet per %1.</translation>
    </message>
    <message>
        <source>The population is from %1; expected the figure of %2 or later.</source>
        <translation>Innbyggertallet er fra %1; forventet tallet per %2 eller senere.</translation>
    </message>
    <message>
        <source>No population: the member is charged the floor.</source>
        <translation>Mangler innbyggertall: medlemmet faktureres minstekontingenten.</translation>
    </message>
    <message>
        <source>Resigned on %1, during the year.</source>
        <translation>Utmeldt %1, i løpet av året.</translation>
    </message>
    <message>
        <source>The invoice address lacks %1: the EHF would be refused.</source>
        <translation>Fakturaadressen mangler %1: EHF-en ville blitt avvist.</translation>
    </message>
    <message>
        <source>The electronic address “%1” is not a valid Peppol address: the EHF cannot be sent.</source>
        <translation>Den elektroniske adressen «%1» er ikke en gyldig Peppol-adresse: EHF-en kan ikke sendes.</translation>
    </message>
    <message>
        <source>%1 %2: missing %3</source>
        <translation>%1 %2: mangler %3</translation>
    </message>
    <message>
        <source>Network settings: missing %1</source>
        <translation>Nettverksinnstillinger: mangler %1</translation>
    </message>
</context>
<context>
    <name>DunningRule</name>
    <message>
        <source>1st reminder</source>
        <translation>1. purring</translation>
    </message>
    <message>
        <source>2nd reminder</source>
        <translation>2. purring</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Oversendt</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Oversend</translation>
    </message>
</context>
<context>
    <name>EhfDocument</name>
    <message>
        <source>a reminder is sent as PDF only</source>
        <translation>en purring sendes bare som PDF</translation>
    </message>
</context>
<context>
    <name>EhfOutbox</name>
    <message>
        <source>Save EHF Files in Folder</source>
        <translation>Lagre EHF-filer i mappe</translation>
    </message>
</context>
<context>
    <name>EhfRequirements</name>
    <message>
        <source>the buyer reference (“Deres ref.”)</source>
        <translation>kjøpers referanse («Deres ref.»)</translation>
    </message>
    <message>
        <source>a valid organisation number</source>
        <translation>et gyldig organisasjonsnummer</translation>
    </message>
    <message>
        <source>an electronic address such as 0192:964949581</source>
        <translation>en elektronisk adresse som 0192:964949581</translation>
    </message>
    <message>
        <source>in the invoice address %1</source>
        <translation>i fakturaadressen %1</translation>
    </message>
    <message>
        <source>the network&apos;s organisation number</source>
        <translation>nettverkets organisasjonsnummer</translation>
    </message>
    <message>
        <source>the network&apos;s bank account</source>
        <translation>nettverkets bankkonto</translation>
    </message>
    <message>
        <source>the network&apos;s postcode and town</source>
        <translation>nettverkets postnummer og sted</translation>
    </message>
</context>
<context>
    <name>EventChanges</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Nettlenke</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plasser</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ubegrenset</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Påmeldingsfrist</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Annual network gathering: now yes</source>
        <translation>Årlig nettverkssamling: nå ja</translation>
    </message>
    <message>
        <source>Annual network gathering: now no</source>
        <translation>Årlig nettverkssamling: nå nei</translation>
    </message>
    <message>
        <source>Language of its documents</source>
        <translation>Dokumentenes språk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>“%1” is not an event id; `export events` lists them.</source>
        <translation>«%1» er ikke et arrangement-ID; `export events` lister dem.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>Det finnes ikke noe arrangement %1.</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Annual gathering: “%1” (%2) is already the annual network gathering of %3. Only one event a year can be.</source>
        <translation>Årlig samling: «%1» (%2) er allerede årets nettverkssamling for %3. Bare ett arrangement i året kan være det.</translation>
    </message>
    <message>
        <source>The event to change was not given.</source>
        <translation>Arrangementet som skal endres, ble ikke oppgitt.</translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation>Arrangementet kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The event no longer exists; it may have been deleted.</source>
        <translation>Arrangementet finnes ikke lenger; det kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>The event could not be read: %1</source>
        <translation>Arrangementet kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>People attended this event, so it is part of the members&apos; history and cannot be deleted.</source>
        <translation>Noen deltok på dette arrangementet, så det er en del av medlemmenes historikk og kan ikke slettes.</translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation>Arrangementet kunne ikke slettes: %1</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Arrangementet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation>«%1» ble endret av noen andre etter at du åpnet det.</translation>
    </message>
</context>
<context>
    <name>EventTerms</name>
    <message>
        <source>Network gathering</source>
        <translation>Nettverkssamling</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Generalforsamling</translation>
    </message>
    <message>
        <source>Administrative gathering</source>
        <translation>Administrativ samling</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Folketanken</source>
        <translation>Folketanken</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferanse</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Påmeldt</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avmeldt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltok</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Møtte ikke</translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>Title: the event needs a title.</source>
        <translation>Tittel: arrangementet trenger en tittel.</translation>
    </message>
    <message>
        <source>Starts: the event needs a start date and time.</source>
        <translation>Starter: arrangementet trenger dato og klokkeslett for start.</translation>
    </message>
    <message>
        <source>Ends: the event cannot end before it starts.</source>
        <translation>Slutter: arrangementet kan ikke slutte før det starter.</translation>
    </message>
    <message>
        <source>Online link: “%1” is not a web address (https://…).</source>
        <translation>Nettlenke: «%1» er ikke en nettadresse (https://…).</translation>
    </message>
    <message>
        <source>Capacity: the number of seats cannot be negative (0 means unlimited).</source>
        <translation>Kapasitet: antall plasser kan ikke være negativt (0 betyr ubegrenset).</translation>
    </message>
    <message>
        <source>Fee: the fee cannot be negative.</source>
        <translation>Avgift: avgiften kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Registration deadline: the deadline cannot come after the event starts.</source>
        <translation>Påmeldingsfrist: fristen kan ikke være etter at arrangementet starter.</translation>
    </message>
    <message>
        <source>Annual gathering: only a network gathering can be the year&apos;s annual gathering.</source>
        <translation>Årlig samling: bare en nettverkssamling kan være årets samling.</translation>
    </message>
    <message>
        <source>The event of the registration was not given.</source>
        <translation>Arrangementet for påmeldingen ble ikke oppgitt.</translation>
    </message>
    <message>
        <source>Name: choose a person from the register or type the guest&apos;s name.</source>
        <translation>Navn: velg en person fra registeret eller skriv gjestens navn.</translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation>E-post: «%1» er ikke en gyldig e-postadresse.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>“%1” belongs to the open register and cannot be used here. Choose another file.</source>
        <translation>«%1» hører til det åpne registeret og kan ikke brukes her. Velg en annen fil.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>Key in the file</source>
        <translation>Nøkkel i filen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role from</source>
        <translation>Rolle fra</translation>
    </message>
    <message>
        <source>Role until</source>
        <translation>Rolle til</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv fra</translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation>Utmeldt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Deres referanse</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronisk adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping is for importing %1, not %2.</source>
        <translation>Kolonnevalgene gjelder import av %1, ikke %2.</translation>
    </message>
    <message>
        <source>The mapping names no columns: it needs &quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;, …}.</source>
        <translation>Kolonnevalgene nevner ingen kolonner: de trenger &quot;columns&quot;: {&quot;overskrift&quot;: &quot;felt&quot;, …}.</translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which the file does not have.</source>
        <translation>Kolonnevalgene nevner kolonnen «%1», som filen ikke har.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this import. Known fields: %2.</source>
        <translation>«%1» er ikke et felt i denne importen. Kjente felt: %2.</translation>
    </message>
    <message>
        <source>The mapping reads two columns into “%1”.</source>
        <translation>Kolonnevalgene leser to kolonner inn i «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>«%1» er ikke en rolle.</translation>
    </message>
    <message>
        <source>The mapping “%1” cannot be read: %2</source>
        <translation>Kolonnevalgene «%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The mapping “%1” is not a JSON object: %2</source>
        <translation>Kolonnevalgene «%1» er ikke et JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Added (duplicate)</source>
        <translation>Lagt til (duplikat)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Hoppet over (duplikat)</translation>
    </message>
    <message>
        <source>%1: %2 kept (the file has %3)</source>
        <translation>%1: %2 beholdes (filen har %3)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>I registeret</translation>
    </message>
    <message>
        <source>Reasons and changes</source>
        <translation>Årsaker og endringer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n rad lest: </numerusform>
            <numerusform>%n rader lest: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add, </source>
        <translation>
            <numerusform>%n legges til, </numerusform>
            <numerusform>%n legges til, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to merge, </source>
        <translation>
            <numerusform>%n slås sammen, </numerusform>
            <numerusform>%n slås sammen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped, </source>
        <translation>
            <numerusform>%n duplikat hoppes over, </numerusform>
            <numerusform>%n duplikater hoppes over, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n med feil.</numerusform>
            <numerusform>%n med feil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1: the spaces around “%2” removed</source>
        <translation>%1: mellomrommene rundt «%2» fjernet</translation>
    </message>
    <message>
        <source>%1: %2 read as %3 (a spreadsheet drops the leading zero of a number)</source>
        <translation>%1: %2 lest som %3 (et regneark fjerner nullen foran et tall)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a Norwegian postcode (four digits, such as 0150).</source>
        <translation>%1: «%2» er ikke et norsk postnummer (fire sifre, som 0150).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (write it as 31.12.2024).</source>
        <translation>%1: «%2» er ikke en dato (skriv den som 31.12.2024).</translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible date (before 1900 or more than ten years ahead).</source>
        <translation>%1: %2 er ikke en mulig dato (før 1900 eller mer enn ti år fram).</translation>
    </message>
    <message>
        <source>Role: “%1” is not a role (%2).</source>
        <translation>Rolle: «%1» er ikke en rolle (%2).</translation>
    </message>
    <message>
        <source>Status: “%1” is not a status (%2).</source>
        <translation>Status: «%1» er ikke en status (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” here, “%3” on %n other row(s): the same, or two different?</source>
        <translation>
            <numerusform>%1: «%2» her, «%3» på %n annen rad: det samme, eller to forskjellige?</numerusform>
            <numerusform>%1: «%2» her, «%3» på %n andre rader: det samme, eller to forskjellige?</numerusform>
        </translation>
    </message>
    <message>
        <source>Key in the file: %1 is also the key of row %2, and a key names one row.</source>
        <translation>Nøkkel i filen: %1 er også nøkkelen til rad %2, og en nøkkel hører til én rad.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond the header&apos;s last column are not read.</source>
        <translation>
            <numerusform>%n celle etter overskriftens siste kolonne leses ikke.</numerusform>
            <numerusform>%n celler etter overskriftens siste kolonne leses ikke.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceBatchWriter</name>
    <message>
        <source>Invoice %1 could not be read.</source>
        <translation>Faktura %1 kunne ikke leses.</translation>
    </message>
    <message>
        <source>The invoice credited by credit note %1 could not be read.</source>
        <translation>Fakturaen som kreditnota %1 krediterer, kunne ikke leses.</translation>
    </message>
    <message>
        <source>Invoice %1 has no reminder recorded.</source>
        <translation>Faktura %1 har ingen registrert purring.</translation>
    </message>
    <message>
        <source>invoices-%1-%2.pdf</source>
        <extracomment>A PDF file name: lower case, no spaces; %1-%2 are the first and last invoice numbers, padded.</extracomment>
        <translation>fakturaer-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen «%1» kan ikke opprettes.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of the files were written.</source>
        <translation>
            <numerusform>Avbrutt: %n av filene ble skrevet.</numerusform>
            <numerusform>Avbrutt: %n av filene ble skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminder of invoice %1 cannot be read: %2</source>
        <translation>Purringen på faktura %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Document %1 cannot be read: %2</source>
        <translation>Dokument %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 %2: missing %3</source>
        <translation>%1 %2: mangler %3</translation>
    </message>
    <message>
        <source>The files of these documents are missing: %1. Write them again with “export invoices --numbers %2 --pdf FOLDER”.</source>
        <translation>Filene for disse dokumentene mangler: %1. Skriv dem på nytt med «export invoices --numbers %2 --pdf MAPPE».</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Purring</translation>
    </message>
    <message>
        <source>invoice</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation>faktura</translation>
    </message>
    <message>
        <source>credit-note</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation>kreditnota</translation>
    </message>
    <message>
        <source>reminder</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation>purring</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Kreditnotanummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation>Opprinnelig forfall</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Purredato</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Ny forfallsdato</translation>
    </message>
    <message>
        <source>We have not received payment of invoice %1. Please pay the amount outstanding by %2. If you have paid in the last few days, please disregard this reminder.</source>
        <translation>Vi kan ikke se å ha mottatt betaling for faktura %1. Vi ber om at utestående beløp betales innen %2. Har dere betalt de siste dagene, kan dere se bort fra denne purringen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Membership dues %1: %2 inhabitants × %3</source>
        <translation>Kontingent %1: %2 innbyggere × %3</translation>
    </message>
    <message>
        <source>Population on %1, rounded to whole kroner.</source>
        <translation>Innbyggertall per %1, avrundet til hele kroner.</translation>
    </message>
    <message>
        <source>County municipalities pay the maximum dues.</source>
        <translation>Fylkeskommuner betaler maksimalkontingenten.</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <source>Credit for invoice %1</source>
        <translation>Kreditering av faktura %1</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Sum kreditert</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditert</translation>
    </message>
    <message>
        <source>The amount carries no value added tax.</source>
        <translation>Beløpet er uten merverdiavgift.</translation>
    </message>
    <message>
        <source>%1 is not registered for value added tax; no VAT is charged.</source>
        <translation>%1 er ikke registrert i Merverdiavgiftsregisteret; det er ikke beregnet merverdiavgift.</translation>
    </message>
    <message>
        <source>This credit note is set against invoice %1. If the invoice is already paid, contact us and we will refund the amount.</source>
        <translation>Kreditnotaen avregnes mot faktura %1. Er fakturaen allerede betalt, ta kontakt, så betaler vi beløpet tilbake.</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Betalingsinformasjon</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>Til konto</translation>
    </message>
    <message>
        <source>Please use the KID when you pay, so the payment is matched to this invoice.</source>
        <translation>Bruk KID når dere betaler, så blir betalingen knyttet til denne fakturaen.</translation>
    </message>
    <message>
        <source>Reminder number</source>
        <translation>Purring nr.</translation>
    </message>
    <message>
        <source>We have received %1 of invoice %2, but %3 is still outstanding. Please pay it by %4. If you have paid in the last few days, please disregard this reminder.</source>
        <translation>Vi har mottatt %1 av faktura %2, men %3 står fortsatt utestående. Vi ber om at beløpet betales innen %4. Har dere betalt de siste dagene, kan dere se bort fra denne purringen.</translation>
    </message>
    <message>
        <source>Invoice %1 dated %2</source>
        <translation>Faktura %1 datert %2</translation>
    </message>
    <message numerus="yes">
        <source>Credited by credit note(s) %1</source>
        <translation>
            <numerusform>Kreditert med kreditnota %1</numerusform>
            <numerusform>Kreditert med kreditnotaene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Betalt hittil</translation>
    </message>
    <message>
        <source>%1 inhabitants × %2 = %3</source>
        <translation>%1 innbyggere × %2 = %3</translation>
    </message>
    <message>
        <source>Membership dues %1: minimum dues</source>
        <translation>Kontingent %1: minstekontingent</translation>
    </message>
    <message>
        <source>%1; minimum dues %2.</source>
        <translation>%1; minstekontingent %2.</translation>
    </message>
    <message>
        <source>Membership dues %1: maximum dues</source>
        <translation>Kontingent %1: makskontingent</translation>
    </message>
    <message>
        <source>%1; maximum dues %2.</source>
        <translation>%1; makskontingent %2.</translation>
    </message>
    <message>
        <source>Membership dues %1: county municipality, maximum dues</source>
        <translation>Kontingent %1: fylkeskommune, makskontingent</translation>
    </message>
    <message>
        <source>County municipalities pay the maximum dues, %1.</source>
        <translation>Fylkeskommuner betaler makskontingenten, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1–%2: %n of 12 months.</source>
        <translation>
            <numerusform>Periode %1–%2: %n av 12 måneder.</numerusform>
            <numerusform>Periode %1–%2: %n av 12 måneder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period %1–%2: %n of 12 months of %3.</source>
        <translation>
            <numerusform>Periode %1–%2: %n av 12 måneder av %3.</numerusform>
            <numerusform>Periode %1–%2: %n av 12 måneder av %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period %1–%2.</source>
        <translation>Periode %1–%2.</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår ref.</translation>
    </message>
    <message>
        <source>The KID is the Norwegian payment reference; paying from abroad, give it as the payment&apos;s message.</source>
        <translation>KID er den norske betalingsreferansen; ved betaling fra utlandet oppgis den som betalingens melding.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Minimum dues</source>
        <translation>Minstekontingent</translation>
    </message>
    <message>
        <source>Maximum dues</source>
        <translation>Makskontingent</translation>
    </message>
    <message numerus="yes">
        <source>Pro rata, %n of 12 months</source>
        <translation>
            <numerusform>Forholdsmessig, %n av 12 måneder</numerusform>
            <numerusform>Forholdsmessig, %n av 12 måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Rounded to whole kroner</source>
        <translation>Avrundet til hele kroner</translation>
    </message>
    <message>
        <source>This is our second reminder: we have still not received payment of invoice %1. Please pay %2 by %3. If it is not paid by then, the claim will be handed over for further follow-up.</source>
        <translation>Dette er andre purring: vi har fortsatt ikke mottatt betaling av faktura %1. Vennligst betal %2 innen %3. Er beløpet ikke betalt innen da, blir kravet oversendt til videre oppfølging.</translation>
    </message>
    <message>
        <source>This is our second reminder: we have received %1 of invoice %2, but %3 is still outstanding. Please pay it by %4. If it is not paid by then, the claim will be handed over for further follow-up.</source>
        <translation>Dette er andre purring: vi har mottatt %1 av faktura %2, men %3 står fortsatt ubetalt. Vennligst betal innen %4. Er beløpet ikke betalt innen da, blir kravet oversendt til videre oppfølging.</translation>
    </message>
    <message>
        <source>Invoice %1 is still not paid after two reminders, and %2 is outstanding. The claim has now been handed over for further follow-up. To settle it, pay the amount by %3 or contact us.</source>
        <translation>Faktura %1 er fortsatt ikke betalt etter to purringer, og %2 står ubetalt. Kravet er nå oversendt til videre oppfølging. Betal beløpet innen %3 for å gjøre opp, eller ta kontakt med oss.</translation>
    </message>
    <message>
        <source>Notice of hand-over</source>
        <translation>Melding om oversendelse</translation>
    </message>
    <message>
        <source>Fees of earlier reminders</source>
        <translation>Purregebyr tidligere purringer</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>2. purring</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>the invoice numbers were changed by someone else meanwhile</source>
        <translation>fakturanumrene ble endret av noen andre i mellomtiden</translation>
    </message>
    <message>
        <source>Year: %1 is not a year between 2000 and 2200.</source>
        <translation>År: %1 er ikke et år mellom 2000 og 2200.</translation>
    </message>
    <message>
        <source>Issue date: enter the date of the invoices.</source>
        <translation>Fakturadato: fyll inn datoen for fakturaene.</translation>
    </message>
    <message>
        <source>No member is selected for invoicing.</source>
        <translation>Ingen medlemmer er valgt for fakturering.</translation>
    </message>
    <message>
        <source>Already invoiced for %1: %2. Credit the earlier invoice first, or confirm that a second invoice is meant.</source>
        <translation>Allerede fakturert for %1: %2. Krediter den tidligere fakturaen først, eller bekreft at en ny faktura er ment.</translation>
    </message>
    <message>
        <source>The next invoice number cannot be read: %1</source>
        <translation>Neste fakturanummer kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The dues of %1 come to %2; nothing was issued.</source>
        <translation>Kontingenten for %1 blir %2; ingenting er utstedt.</translation>
    </message>
    <message>
        <source>The invoice numbers could not be updated: %1. Nothing was issued.</source>
        <translation>Fakturanumrene kunne ikke oppdateres: %1. Ingenting er utstedt.</translation>
    </message>
    <message>
        <source>Amount: the amount to credit must be more than zero.</source>
        <translation>Beløp: beløpet som krediteres, må være over null.</translation>
    </message>
    <message>
        <source>Date: enter the date of the credit note.</source>
        <translation>Dato: fyll inn datoen for kreditnotaen.</translation>
    </message>
    <message>
        <source>The invoice to credit no longer exists.</source>
        <translation>Fakturaen som skal krediteres, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A credit note cannot be credited.</source>
        <translation>En kreditnota kan ikke krediteres.</translation>
    </message>
    <message>
        <source>Amount: at most %1 of invoice %2 is left to credit.</source>
        <translation>Beløp: høyst %1 av faktura %2 gjenstår å kreditere.</translation>
    </message>
    <message>
        <source>Date: a credit note cannot be dated before the invoice it credits (%1).</source>
        <translation>Dato: en kreditnota kan ikke dateres før fakturaen den krediterer (%1).</translation>
    </message>
    <message>
        <source>The credit note could not be written: %1</source>
        <translation>Kreditnotaen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The invoice numbers could not be updated: %1</source>
        <translation>Fakturanumrene kunne ikke oppdateres: %1</translation>
    </message>
    <message>
        <source>Amount: enter the amount paid.</source>
        <translation>Beløp: fyll inn beløpet som er betalt.</translation>
    </message>
    <message>
        <source>Date: enter the date of the payment.</source>
        <translation>Dato: fyll inn betalingsdatoen.</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Fakturaen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Payments are registered on invoices, not on credit notes.</source>
        <translation>Innbetalinger registreres på fakturaer, ikke på kreditnotaer.</translation>
    </message>
    <message>
        <source>Amount: a correction can take back at most what was paid (%1).</source>
        <translation>Beløp: en korreksjon kan høyst tilbakeføre det som er betalt (%1).</translation>
    </message>
    <message>
        <source>The payment could not be saved: %1</source>
        <translation>Innbetalingen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Date: enter the date of the reminder.</source>
        <translation>Dato: fyll inn datoen for purringen.</translation>
    </message>
    <message>
        <source>Only an overdue invoice can be reminded; invoice %1 is “%2” on %3.</source>
        <translation>Bare en forfalt faktura kan purres; faktura %1 er «%2» per %3.</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>Purringen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The invoices of %1 cannot be read: %2</source>
        <translation>Fakturaene for %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>it has no reminder</source>
        <translation>den har ingen purring</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>det finnes ikke</translation>
    </message>
    <message>
        <source>what it showed when issued is not readable</source>
        <translation>det som sto på det da det ble utstedt, kan ikke leses</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1. Nothing was issued.</source>
        <translation>Innstillingene kan ikke leses: %1. Ingenting ble utstedt.</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Innstillingene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Amount: enter more than zero.</source>
        <translation>Beløp: skriv mer enn null.</translation>
    </message>
    <message>
        <source>Date: enter the date.</source>
        <translation>Dato: skriv datoen.</translation>
    </message>
    <message>
        <source>Invoice: credit is set against another invoice of the same member.</source>
        <translation>Faktura: tilgodehavende motregnes i en annen faktura til samme medlem.</translation>
    </message>
    <message>
        <source>Amount: invoice %1 has %2 in the member&apos;s favour.</source>
        <translation>Beløp: faktura %1 har %2 til gode for medlemmet.</translation>
    </message>
    <message>
        <source>Amount: invoice %1 has %2 outstanding.</source>
        <translation>Beløp: faktura %1 har %2 utestående.</translation>
    </message>
    <message>
        <source>Set against invoice %1</source>
        <translation>Motregnet i faktura %1</translation>
    </message>
    <message>
        <source>Credit from invoice %1</source>
        <translation>Tilgodehavende fra faktura %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Tilbakebetalt</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Tilbakebetalt: %1</translation>
    </message>
    <message>
        <source>Invoice %1 was handed over on %2; the program has no step after that.</source>
        <translation>Faktura %1 ble oversendt %2; programmet har ikke noe steg etter det.</translation>
    </message>
    <message>
        <source>the new invoice %1 cannot be read back</source>
        <translation>den nye fakturaen %1 kan ikke leses tilbake</translation>
    </message>
    <message>
        <source>The members cannot be read: %1. Nothing was issued.</source>
        <translation>Medlemmene kan ikke leses: %1. Ingenting ble utstedt.</translation>
    </message>
    <message>
        <source>No longer in the register: %1. Nothing was issued; plan the run again.</source>
        <translation>Ikke lenger i registeret: %1. Ingenting ble utstedt; lag forhåndsvisningen av kontingentkjøringen på nytt.</translation>
    </message>
    <message>
        <source>The invoices could not be written: %1. Nothing was issued.</source>
        <translation>Fakturaene kunne ikke skrives: %1. Ingenting ble utstedt.</translation>
    </message>
    <message>
        <source>The invoices could not be recorded in the bookkeeping chain: %1. Nothing was issued.</source>
        <translation>Fakturaene kunne ikke føres inn i bokføringskjeden: %1. Ingenting ble utstedt.</translation>
    </message>
</context>
<context>
    <name>InvoiceTerms</name>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditert</translation>
    </message>
</context>
<context>
    <name>IssueDateQuestion</name>
    <message>
        <source>Date: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>Date the document %1?</source>
        <translation>Datere dokumentet %1?</translation>
    </message>
</context>
<context>
    <name>IssueDateRule</name>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Fyll inn datoen for dokumentet.</translation>
    </message>
    <message>
        <source>The latest document was issued on %1; a new one cannot be dated earlier, because numbers and dates go up together.</source>
        <translation>Det siste dokumentet ble utstedt %1; et nytt kan ikke dateres tidligere, fordi numre og datoer må stige i takt.</translation>
    </message>
    <message>
        <source>%1 is more than a month ahead; a document is dated the day it is sent.</source>
        <translation>%1 er mer enn en måned fram i tid; et dokument dateres den dagen det sendes.</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ago; a document is dated the day it is sent.</source>
        <translation>%1 er mer enn %2 år tilbake i tid; et dokument dateres den dagen det sendes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n day(s) ago. A document is normally dated the day it is sent; an earlier date is meant only for one that was sent then.</source>
        <translation>
            <numerusform>%1 er for %n dag siden. Et dokument dateres vanligvis den dagen det sendes; en tidligere dato er bare ment for et dokument som ble sendt da.</numerusform>
            <numerusform>%1 er for %n dager siden. Et dokument dateres vanligvis den dagen det sendes; en tidligere dato er bare ment for et dokument som ble sendt da.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV for Excel, semikolon (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain: commas, UTF-8 (*.csv)</source>
        <translation>CSV, enkel: komma, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Eksporter liste</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>Listen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>MemberChanges</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Innbyggertall</translation>
    </message>
    <message>
        <source>Population date</source>
        <translation>Dato for innbyggertall</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv fra</translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation>Utmeldt</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronisk adresse</translation>
    </message>
    <message>
        <source>Receives EHF: now yes</source>
        <translation>Mottar EHF: nå ja</translation>
    </message>
    <message>
        <source>Receives EHF: now no</source>
        <translation>Mottar EHF: nå nei</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>Faktura-e-post</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Deres referanse</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>MemberPlausibility</name>
    <message>
        <source>Population: 0 inhabitants; the dues would be the least the rules allow. Fill in the population from Statistics Norway&apos;s list.</source>
        <translation>Innbyggertall: 0 innbyggere; kontingenten blir den laveste reglene tillater. Fyll inn innbyggertallet fra SSBs liste.</translation>
    </message>
    <message>
        <source>Number: %1 is not a county in Statistics Norway&apos;s list.</source>
        <translation>Nummer: %1 er ikke et fylke i SSBs liste.</translation>
    </message>
    <message>
        <source>Number: %1 is not a municipality in Statistics Norway&apos;s list.</source>
        <translation>Nummer: %1 er ikke en kommune i SSBs liste.</translation>
    </message>
    <message>
        <source>Population date</source>
        <translation>Dato for innbyggertall</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv fra</translation>
    </message>
    <message>
        <source>Resigned on</source>
        <translation>Utmeldt</translation>
    </message>
    <message>
        <source>%1: %2 is far from today.</source>
        <translation>%1: %2 er langt fra dagens dato.</translation>
    </message>
    <message>
        <source>Decision: an active member joins by its council&apos;s decision; its date and case number are missing.</source>
        <translation>Vedtak: et aktivt medlem blir med etter vedtak i kommunestyret eller fylkestinget; vedtaksdato og saksnummer mangler.</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Number: %1 %2 is already in the register as “%3”.</source>
        <translation>Nummer: %1 %2 finnes allerede i registeret som «%3».</translation>
    </message>
    <message>
        <source>The member to change was not given.</source>
        <translation>Medlemmet som skal endres, er ikke oppgitt.</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>Medlemmet kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The member no longer exists; it may have been deleted.</source>
        <translation>Medlemmet finnes ikke lenger; det kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>This member has people or other history and cannot be deleted. Set its status to Resigned instead.</source>
        <translation>Dette medlemmet har personer eller annen historikk og kan ikke slettes. Sett status til Utmeldt i stedet.</translation>
    </message>
    <message>
        <source>The member could not be deleted: %1</source>
        <translation>Medlemmet kunne ikke slettes: %1</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Medlemmet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it.</source>
        <translation>%1 ble endret av noen andre etter at du åpnet det.</translation>
    </message>
</context>
<context>
    <name>MemberTerms</name>
    <message>
        <source>County municipality</source>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Har søkt</translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation>Vedtak fattet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Utmeldt</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Bokmål</translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>Number: a municipality number has four digits, such as 0301.</source>
        <translation>Nummer: et kommunenummer har fire sifre, for eksempel 0301.</translation>
    </message>
    <message>
        <source>Number: a county number has two digits, such as 46.</source>
        <translation>Nummer: et fylkesnummer har to sifre, for eksempel 46.</translation>
    </message>
    <message>
        <source>Name: the member needs a name.</source>
        <translation>Navn: medlemmet må ha et navn.</translation>
    </message>
    <message>
        <source>Organisation number: “%1” is not a valid organisation number (nine digits with a correct check digit).</source>
        <translation>Organisasjonsnummer: «%1» er ikke et gyldig organisasjonsnummer (ni sifre med riktig kontrollsiffer).</translation>
    </message>
    <message>
        <source>Population: the number of inhabitants cannot be negative.</source>
        <translation>Innbyggertall: antall innbyggere kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Invoice e-mail: “%1” is not a valid e-mail address.</source>
        <translation>E-post for faktura: «%1» er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>Active from: an active member needs the date its membership started.</source>
        <translation>Aktiv fra: et aktivt medlem må ha datoen medlemskapet begynte.</translation>
    </message>
    <message>
        <source>Resigned on: a resigned member needs the date it left.</source>
        <translation>Utmeldt dato: et utmeldt medlem må ha datoen det gikk ut.</translation>
    </message>
    <message>
        <source>Resigned on: the member cannot resign before it became active.</source>
        <translation>Utmeldt dato: medlemmet kan ikke meldes ut før det ble aktivt.</translation>
    </message>
    <message>
        <source>Decision date: the political decision cannot come before the application.</source>
        <translation>Vedtaksdato: det politiske vedtaket kan ikke komme før søknaden.</translation>
    </message>
    <message>
        <source>Document language: choose Bokmål, Nynorsk or English.</source>
        <translation>Dokumentspråk: velg bokmål, nynorsk eller engelsk.</translation>
    </message>
    <message>
        <source>Country: give the country&apos;s two-letter code, such as NO or SE.</source>
        <translation>Land: oppgi landets kode på to bokstaver, som NO eller SE.</translation>
    </message>
    <message>
        <source>Postcode: a Norwegian postcode has four digits, such as 0150.</source>
        <translation>Postnummer: et norsk postnummer har fire sifre, som 0150.</translation>
    </message>
    <message>
        <source>Electronic address: “%1” is not a Peppol address such as 0192:964949581.</source>
        <translation>Elektronisk adresse: «%1» er ikke en Peppol-adresse som 0192:964949581.</translation>
    </message>
    <message>
        <source>Decision date: a member whose council has decided needs the decision&apos;s date.</source>
        <translation>Vedtaksdato: et medlem med politisk vedtak må ha vedtaksdatoen.</translation>
    </message>
    <message>
        <source>Case number: a member whose council has decided needs the decision&apos;s case number.</source>
        <translation>Saksnummer: et medlem med politisk vedtak må ha vedtakets saksnummer.</translation>
    </message>
</context>
<context>
    <name>MembersImportPlanner</name>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Registeret kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Number: “%1” is not a municipality&apos;s or county&apos;s number.</source>
        <translation>Nummer: «%1» er ikke et kommune- eller fylkesnummer.</translation>
    </message>
    <message>
        <source>Number: %1 read as %2 (a spreadsheet drops the leading zero of a number)</source>
        <translation>Nummer: %1 lest som %2 (et regneark fjerner nullen foran et tall)</translation>
    </message>
    <message>
        <source>Number: %1 is no municipality or county municipality of the official list.</source>
        <translation>Nummer: %1 er ingen kommune eller fylkeskommune i den offisielle listen.</translation>
    </message>
    <message>
        <source>Name: “%1” is no municipality or county municipality of the official list.</source>
        <translation>Navn: «%1» er ingen kommune eller fylkeskommune i den offisielle listen.</translation>
    </message>
    <message>
        <source>Name: there are %1 municipalities called %2; give the number.</source>
        <translation>Navn: det er %1 kommuner som heter %2; oppgi nummeret.</translation>
    </message>
    <message>
        <source>The row has neither the member&apos;s number nor its name.</source>
        <translation>Raden har verken medlemmets nummer eller navn.</translation>
    </message>
    <message>
        <source>Name: the official list calls %1 “%2”.</source>
        <translation>Navn: den offisielle listen kaller %1 «%2».</translation>
    </message>
    <message>
        <source>Name: “%1” read as “%2”, as the official list writes it.</source>
        <translation>Navn: «%1» lest som «%2», slik den offisielle listen skriver det.</translation>
    </message>
    <message>
        <source>Number: %1 is also on row %2.</source>
        <translation>Nummer: %1 står også på rad %2.</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsRepository</name>
    <message>
        <source>Name: the network needs a name.</source>
        <translation>Navn: nettverket må ha et navn.</translation>
    </message>
    <message>
        <source>Organisation number: “%1” is not a valid organisation number (nine digits with a correct check digit).</source>
        <translation>Organisasjonsnummer: «%1» er ikke et gyldig organisasjonsnummer (ni sifre med riktig kontrollsiffer).</translation>
    </message>
    <message>
        <source>Bank account: “%1” is not a valid account number (eleven digits with a correct check digit).</source>
        <translation>Bankkonto: «%1» er ikke et gyldig kontonummer (elleve sifre med riktig kontrollsiffer).</translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation>E-post: «%1» er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Innstillingene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>IBAN: “%1” is not a valid IBAN (a Norwegian one is NO and 13 digits, e.g. NO93 8601 1117 947).</source>
        <translation>IBAN: «%1» er ikke et gyldig IBAN (et norsk er NO og 13 sifre, f.eks. NO93 8601 1117 947).</translation>
    </message>
    <message>
        <source>BIC: “%1” is not a valid BIC (8 or 11 letters and digits, e.g. DNBANOKK).</source>
        <translation>BIC: «%1» er ikke en gyldig BIC (8 eller 11 bokstaver og sifre, f.eks. DNBANOKK).</translation>
    </message>
    <message>
        <source>IBAN: “%1” is not the IBAN of the bank account %2.</source>
        <translation>IBAN: «%1» er ikke IBAN for kontonummeret %2.</translation>
    </message>
</context>
<context>
    <name>OcrGiroReader</name>
    <message>
        <source>Record %1: %2 Nothing was read from the file.</source>
        <translation>Post %1: %2 Ingenting er lest fra filen.</translation>
    </message>
    <message>
        <source>%1 Nothing was read from the file.</source>
        <translation>%1 Ingenting er lest fra filen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>it has %1 characters; an OCR giro record has 80.</source>
        <translation>den har %1 tegn; en post i OCR giro har 80.</translation>
    </message>
    <message>
        <source>it does not begin with “NY”: this is not a Nets file.</source>
        <translation>den begynner ikke med «NY»: dette er ikke en fil fra Nets.</translation>
    </message>
    <message>
        <source>it follows the end of the transmission.</source>
        <translation>den kommer etter slutten av forsendelsen.</translation>
    </message>
    <message>
        <source>an OCR giro file begins with the start of a transmission (NY000010).</source>
        <translation>en OCR giro-fil begynner med start på forsendelse (NY000010).</translation>
    </message>
    <message>
        <source>this is an AvtaleGiro file (service code 21), not OCR giro with incoming payments.</source>
        <translation>dette er en AvtaleGiro-fil (tjenestekode 21), ikke OCR giro med innbetalinger.</translation>
    </message>
    <message>
        <source>this Nets file has service code %1, not 09 (OCR giro).</source>
        <translation>denne filen fra Nets har tjenestekode %1, ikke 09 (OCR giro).</translation>
    </message>
    <message>
        <source>a new assignment starts before the previous one ended.</source>
        <translation>et nytt oppdrag begynner før det forrige er avsluttet.</translation>
    </message>
    <message>
        <source>the transaction before it is incomplete.</source>
        <translation>transaksjonen før den er ufullstendig.</translation>
    </message>
    <message>
        <source>a transaction outside an OCR giro assignment.</source>
        <translation>en transaksjon utenfor et OCR giro-oppdrag.</translation>
    </message>
    <message>
        <source>amount item 2 of the transaction before it is missing.</source>
        <translation>beløpspost 2 for transaksjonen før den mangler.</translation>
    </message>
    <message>
        <source>the amount “%1%2” is not a number of øre.</source>
        <translation>beløpet «%1%2» er ikke et antall øre.</translation>
    </message>
    <message>
        <source>“%1” is not a date (DDMMYY).</source>
        <translation>«%1» er ikke en dato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>amount item %1 does not follow the items of its transaction %2.</source>
        <translation>beløpspost %1 følger ikke postene for sin transaksjon %2.</translation>
    </message>
    <message>
        <source>an end of assignment without its start.</source>
        <translation>en slutt på oppdrag uten start.</translation>
    </message>
    <message>
        <source>amount item 2 of the last transaction is missing.</source>
        <translation>beløpspost 2 for den siste transaksjonen mangler.</translation>
    </message>
    <message>
        <source>the control record&apos;s counts are not numbers.</source>
        <translation>antallene i sluttposten er ikke tall.</translation>
    </message>
    <message>
        <source>the assignment says %1 transactions; it has %2.</source>
        <translation>oppdraget oppgir %1 transaksjoner; det har %2.</translation>
    </message>
    <message>
        <source>the assignment says %1 records; it has %2.</source>
        <translation>oppdraget oppgir %1 poster; det har %2.</translation>
    </message>
    <message>
        <source>the assignment&apos;s amounts add up to %1, its control record says %2.</source>
        <translation>beløpene i oppdraget blir %1, sluttposten oppgir %2.</translation>
    </message>
    <message>
        <source>the transmission ends inside an assignment.</source>
        <translation>forsendelsen slutter inne i et oppdrag.</translation>
    </message>
    <message>
        <source>the transmission says %1 transactions; it has %2.</source>
        <translation>forsendelsen oppgir %1 transaksjoner; den har %2.</translation>
    </message>
    <message>
        <source>the transmission says %1 records; it has %2.</source>
        <translation>forsendelsen oppgir %1 poster; den har %2.</translation>
    </message>
    <message>
        <source>the transmission&apos;s amounts add up to %1, its control record says %2.</source>
        <translation>beløpene i forsendelsen blir %1, sluttposten oppgir %2.</translation>
    </message>
    <message>
        <source>record type %1 is not one of OCR giro.</source>
        <translation>posttypen %1 hører ikke til OCR giro.</translation>
    </message>
    <message>
        <source>the file ends without the end of its transmission (NY000089); it may be cut short.</source>
        <translation>filen slutter uten slutt på forsendelse (NY000089); den kan være avkortet.</translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation>Medlem eller organisasjon</translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation>Kommer som</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <source>The matching could not be written: %1</source>
        <translation>Avstemmingen kunne ikke skrives: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 from an earlier file.</source>
        <translation>
            <numerusform>%1, %n transaksjon: %2 å bokføre (%3), %4 venter på deg, %5 fra en tidligere fil.</numerusform>
            <numerusform>%1, %n transaksjoner: %2 å bokføre (%3), %4 venter på deg, %5 fra en tidligere fil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was booked (dry run).</source>
        <translation>Ingenting er bokført (prøvekjøring).</translation>
    </message>
    <message>
        <source>Booked in one transaction (import %1).</source>
        <translation>Bokført i én transaksjon (import %1).</translation>
    </message>
</context>
<context>
    <name>PaymentImportRepository</name>
    <message>
        <source>This file was imported already, on %1 as “%2”; nothing was booked.</source>
        <translation>Denne filen er importert før, %1 som «%2»; ingenting er bokført.</translation>
    </message>
    <message>
        <source>booked or queued from an earlier file</source>
        <translation>bokført eller satt i kø fra en tidligere fil</translation>
    </message>
    <message>
        <source>The import could not be logged: %1. Nothing was booked.</source>
        <translation>Importen kunne ikke logges: %1. Ingenting er bokført.</translation>
    </message>
    <message>
        <source>Bank file %1, KID %2</source>
        <translation>Bankfil %1, KID %2</translation>
    </message>
    <message>
        <source>The bank reference of a payment could not be kept: %1. Nothing was booked.</source>
        <translation>Bankreferansen til en betaling kunne ikke lagres: %1. Ingenting er bokført.</translation>
    </message>
    <message>
        <source>A transaction could not be queued: %1. Nothing was booked.</source>
        <translation>En transaksjon kunne ikke settes i kø: %1. Ingenting er bokført.</translation>
    </message>
    <message>
        <source>The waiting payment cannot be read: %1</source>
        <translation>Den ventende betalingen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>This payment was booked or set aside meanwhile.</source>
        <translation>Denne betalingen er bokført eller lagt til side i mellomtiden.</translation>
    </message>
    <message>
        <source>Invoice: %1 is not the number of an issued invoice.</source>
        <translation>Faktura: %1 er ikke nummeret på en utstedt faktura.</translation>
    </message>
    <message>
        <source>Only money in can be booked as a payment.</source>
        <translation>Bare innbetalinger kan bokføres som betaling.</translation>
    </message>
    <message>
        <source>Bank file %1, KID %2, assigned by hand</source>
        <translation>Bankfil %1, KID %2, tilordnet for hånd</translation>
    </message>
    <message>
        <source>The payment could not be booked: %1</source>
        <translation>Betalingen kunne ikke bokføres: %1</translation>
    </message>
    <message>
        <source>The payment could not be set aside: %1</source>
        <translation>Betalingen kunne ikke legges til side: %1</translation>
    </message>
    <message>
        <source>The payments could not be recorded in the bookkeeping chain: %1. Nothing was booked.</source>
        <translation>Innbetalingene kunne ikke føres inn i bokføringskjeden: %1. Ingenting ble bokført.</translation>
    </message>
    <message>
        <source>The payments could not be booked: %1. Nothing was booked.</source>
        <translation>Innbetalingene kunne ikke bokføres: %1. Ingenting ble bokført.</translation>
    </message>
    <message>
        <source>the new rows cannot be read back</source>
        <translation>de nye radene kan ikke leses tilbake</translation>
    </message>
</context>
<context>
    <name>PaymentMatcher</name>
    <message>
        <source>a reversal</source>
        <translation>en tilbakeføring</translation>
    </message>
    <message>
        <source>money out of the account</source>
        <translation>penger ut av kontoen</translation>
    </message>
    <message>
        <source>in %1, not NOK</source>
        <translation>i %1, ikke NOK</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>uten beløp</translation>
    </message>
    <message>
        <source>KID of invoice %1, which had %2 outstanding</source>
        <translation>KID for faktura %1, som hadde %2 utestående</translation>
    </message>
    <message>
        <source>KID of invoice %1</source>
        <translation>KID for faktura %1</translation>
    </message>
    <message>
        <source>no KID</source>
        <translation>uten KID</translation>
    </message>
    <message>
        <source>KID %1 has a wrong check digit</source>
        <translation>KID %1 har feil kontrollsiffer</translation>
    </message>
    <message>
        <source>KID %1 is no issued invoice&apos;s</source>
        <translation>KID %1 hører ikke til en utstedt faktura</translation>
    </message>
    <message>
        <source>%1; the amount and the payer fit invoice %2</source>
        <translation>%1; beløpet og betaleren passer til faktura %2</translation>
    </message>
    <message>
        <source>%1; %2 invoices have this amount outstanding</source>
        <translation>%1; %2 fakturaer har dette beløpet utestående</translation>
    </message>
</context>
<context>
    <name>PeopleImportPlanner</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Registeret kan ikke leses: %1</translation>
    </message>
    <message>
        <source>“%1” is no member of the register.</source>
        <translation>«%1» er ikke et medlem i registeret.</translation>
    </message>
    <message>
        <source>Member: %1 read as %2 (a spreadsheet drops the leading zero of a number)</source>
        <translation>Medlem: %1 lest som %2 (et regneark fjerner nullen foran et tall)</translation>
    </message>
    <message>
        <source>Member: %1 is not in the register yet; import or add the member first.</source>
        <translation>Medlem: %1 er ikke i registeret ennå; importer eller legg til medlemmet først.</translation>
    </message>
    <message>
        <source>Member: “%1” is neither a member&apos;s number nor its name.</source>
        <translation>Medlem: «%1» er verken et medlems nummer eller navn.</translation>
    </message>
    <message>
        <source>Role: the role %1 is held at a member, and the row names none.</source>
        <translation>Rolle: rollen %1 har man i et medlem, og raden nevner ikke noe.</translation>
    </message>
    <message>
        <source>Role: the row has the role&apos;s dates but not the role.</source>
        <translation>Rolle: raden har rollens datoer, men ikke rollen.</translation>
    </message>
    <message>
        <source>Last name: empty.</source>
        <translation>Etternavn: tomt.</translation>
    </message>
    <message>
        <source>First name: empty.</source>
        <translation>Fornavn: tomt.</translation>
    </message>
    <message>
        <source>Town: empty, although the postcode is %1.</source>
        <translation>Poststed: tomt, selv om postnummeret er %1.</translation>
    </message>
    <message>
        <source>E-mail: %1 is also on row %2.</source>
        <translation>E-post: %1 står også på rad %2.</translation>
    </message>
    <message>
        <source>%1 at %2 is also on row %3.</source>
        <translation>%1 i %2 står også på rad %3.</translation>
    </message>
</context>
<context>
    <name>PersonChanges</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Member: another member</source>
        <translation>Medlem: et annet medlem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Roles: changed</source>
        <translation>Roller: endret</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a few letters of the name or the member:</source>
        <translation>Skriv noen bokstaver av navnet eller medlemmet:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>“%1” is not in the register; pick a name from the list.</source>
        <translation>«%1» finnes ikke i registeret; velg et navn fra lista.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person to change was not given.</source>
        <translation>Personen som skal endres, er ikke oppgitt.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Personen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The person no longer exists; they may have been deleted.</source>
        <translation>Personen finnes ikke lenger; vedkommende kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>The roles could not be saved: %1</source>
        <translation>Rollene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The role “%1” could not be saved: %2</source>
        <translation>Rollen «%1» kunne ikke lagres: %2</translation>
    </message>
    <message>
        <source>The person could not be deleted: %1</source>
        <translation>Personen kunne ikke slettes: %1</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Personen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened them.</source>
        <translation>%1 ble endret av noen andre etter at du åpnet vedkommende.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Name: the person needs a first or last name.</source>
        <translation>Navn: personen må ha fornavn eller etternavn.</translation>
    </message>
    <message>
        <source>E-mail: “%1” is not a valid e-mail address.</source>
        <translation>E-post: «%1» er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>Phone: “%1” is not a phone number (digits, spaces and a leading +).</source>
        <translation>Telefon: «%1» er ikke et telefonnummer (sifre, mellomrom og eventuelt + først).</translation>
    </message>
    <message>
        <source>Roles: the role “%1” needs the member it is held at.</source>
        <translation>Roller: rollen «%1» må knyttes til et medlem.</translation>
    </message>
    <message>
        <source>Roles: the role “%1” ends before it starts.</source>
        <translation>Roller: rollen «%1» slutter før den begynner.</translation>
    </message>
    <message>
        <source>Postcode: a Norwegian postcode has four digits, such as 0150.</source>
        <translation>Postnummer: et norsk postnummer har fire sifre, som 0150.</translation>
    </message>
</context>
<context>
    <name>PopulationCommands</name>
    <message>
        <source>“%1” is not a year; write it as 2024.</source>
        <translation>«%1» er ikke et årstall; skriv det som 2024.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Filen «%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The figures could not be written: %1</source>
        <translation>Tallene kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Ikke koblet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Population on %1 (%2, %n municipalities): </source>
        <translation>
            <numerusform>Innbyggertall per %1 (%2, %n kommune): </numerusform>
            <numerusform>Innbyggertall per %1 (%2, %n kommuner): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) updated</source>
        <translation>
            <numerusform>%n medlem oppdatert</numerusform>
            <numerusform>%n medlemmer oppdatert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Ingenting ble skrevet (prøvekjøring).</translation>
    </message>
    <message>
        <source>Written in one transaction; the earlier figures stay in the history.</source>
        <translation>Skrevet i én transaksjon; de tidligere tallene blir stående i historikken.</translation>
    </message>
</context>
<context>
    <name>PopulationFileReader</name>
    <message>
        <source>The file has no table: expected a header such as “region;Personer 2024” and a line per municipality.</source>
        <translation>Filen har ingen tabell: ventet en overskrift som «region;Personer 2024» og én linje per kommune.</translation>
    </message>
    <message>
        <source>No column of the file names a year: expected “Personer 2024”, “Persons 2024”, or a column “år” or “year” beside the figures. The header reads “%1”.</source>
        <translation>Ingen kolonne i filen nevner et år: ventet «Personer 2024», «Persons 2024» eller en kolonne «år» eller «year» ved siden av tallene. Overskriften er «%1».</translation>
    </message>
    <message>
        <source>The file names no year with figures.</source>
        <translation>Filen nevner ikke noe år med tall.</translation>
    </message>
    <message>
        <source>The file has no figures for %1; it has %2.</source>
        <translation>Filen har ingen tall for %1; den har %2.</translation>
    </message>
    <message>
        <source>line %1 (%2): no figure</source>
        <translation>linje %1 (%2): mangler tall</translation>
    </message>
    <message>
        <source>line %1 (%2): “%3” is not a whole number</source>
        <translation>linje %1 (%2): «%3» er ikke et heltall</translation>
    </message>
    <message>
        <source>Municipality %1 is in the file twice for %2 (line %3).</source>
        <translation>Kommune %1 står to ganger i filen for %2 (linje %3).</translation>
    </message>
    <message>
        <source>Some figures of %1 cannot be read, so nothing is imported: %2.</source>
        <translation>Noen tall for %1 kan ikke leses, så ingenting importeres: %2.</translation>
    </message>
    <message>
        <source>The file has no municipality (a region such as “K-0301 Oslo” or “0301”).</source>
        <translation>Filen har ingen kommune (en region som «K-0301 Oslo» eller «0301»).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Filen er ikke gyldig JSON: %1 (ved tegn %2).</translation>
    </message>
    <message>
        <source>The JSON file is not a JSON-stat 2.0 dataset (it needs “id”, “size”, “dimension” and “value”).</source>
        <translation>JSON-filen er ikke et JSON-stat 2.0-datasett (det trenger «id», «size», «dimension» og «value»).</translation>
    </message>
    <message>
        <source>The JSON-stat file has no dimension “Region” and a time dimension (“Tid”).</source>
        <translation>JSON-stat-filen har ikke dimensjonen «Region» og en tidsdimensjon («Tid»).</translation>
    </message>
    <message>
        <source>The JSON-stat file splits the figures by “%1”; download the table with one value of it (the total population).</source>
        <translation>JSON-stat-filen deler tallene etter «%1»; last ned tabellen med én verdi av den (hele befolkningen).</translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation>%1: mangler tall</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation>%1: «%2» er ikke et heltall</translation>
    </message>
</context>
<context>
    <name>PopulationImportPlanner</name>
    <message>
        <source>%1: no municipality of this number and name in the official list of 2024</source>
        <translation>%1: ingen kommune med dette nummeret og navnet i den offisielle listen for 2024</translation>
    </message>
    <message>
        <source>%1: %2 %3 has a figure in the file already (%4)</source>
        <translation>%1: %2 %3 har allerede et tall i filen (%4)</translation>
    </message>
    <message>
        <source>The file has no figure for this municipality.</source>
        <translation>Filen har ikke noe tall for denne kommunen.</translation>
    </message>
    <message>
        <source>%1 is not a municipality number of the official list of 2024.</source>
        <translation>%1 er ikke et kommunenummer i den offisielle listen for 2024.</translation>
    </message>
    <message>
        <source>The file has figures for %1 of the county&apos;s %2 municipalities.</source>
        <translation>Filen har tall for %1 av fylkets %2 kommuner.</translation>
    </message>
    <message numerus="yes">
        <source>the sum of its %n municipalities</source>
        <translation>
            <numerusform>summen av sin %n kommune</numerusform>
            <numerusform>summen av sine %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>The member has the later figure of %1.</source>
        <translation>Medlemmet har det senere tallet per %1.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdateres</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Kept (later figure)</source>
        <translation>Beholdes (senere tall)</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Mangler tall</translation>
    </message>
</context>
<context>
    <name>PopulationRepository</name>
    <message>
        <source>The population of %1 %2 could not be saved: %3</source>
        <translation>Innbyggertallet for %1 %2 kunne ikke lagres: %3</translation>
    </message>
    <message>
        <source>%1 %2 was changed or deleted meanwhile; nothing was imported. Read the file again.</source>
        <translation>%1 %2 ble endret eller slettet i mellomtiden; ingenting ble importert. Les inn filen på nytt.</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>the street or post box</source>
        <translation>gate eller postboks</translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation>postnummeret</translation>
    </message>
    <message>
        <source>a postcode of four digits</source>
        <translation>et postnummer på fire sifre</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>poststedet</translation>
    </message>
    <message>
        <source>the country (a two-letter code such as NO)</source>
        <translation>landet (en kode på to bokstaver, som NO)</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>There is no rate for %1. Enter the year&apos;s rate or its deflator.</source>
        <translation>Det finnes ingen sats for %1. Fyll inn årets sats eller deflatoren.</translation>
    </message>
    <message>
        <source>%1 has neither a rate nor a deflator.</source>
        <translation>%1 har verken sats eller deflator.</translation>
    </message>
    <message>
        <source>%1 builds on %2, which has no rate. Enter the rate of %2 or an earlier year.</source>
        <translation>%1 bygger på %2, som ikke har noen sats. Fyll inn satsen for %2 eller et tidligere år.</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>Opening the two registers…</source>
        <translation>Åpner de to registrene …</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Copy Register</source>
        <translation>Kopier registeret</translation>
    </message>
    <message>
        <source>Comparing the copy with the original…</source>
        <translation>Sammenligner kopien med originalen …</translation>
    </message>
    <message numerus="yes">
        <source>Copying %1: %Ln row(s)…</source>
        <translation>
            <numerusform>Kopierer %1: %Ln rad …</numerusform>
            <numerusform>Kopierer %1: %Ln rader …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>an unknown program (its lock file cannot be read)</source>
        <translation>et ukjent program (låsefilen kan ikke leses)</translation>
    </message>
    <message>
        <source>the Sekretariat window</source>
        <translation>Sekretariat-vinduet</translation>
    </message>
    <message>
        <source>the command “%1”</source>
        <translation>kommandoen «%1»</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>%1 on the computer %2 since %3 (%4)</source>
        <translation>%1 på datamaskinen %2 siden %3 (%4)</translation>
    </message>
    <message>
        <source>the folder “%1” does not let this program create files</source>
        <translation>mappen «%1» lar ikke dette programmet opprette filer</translation>
    </message>
    <message>
        <source>the lock file cannot be written in the folder “%1”: %2</source>
        <translation>låsefilen kan ikke skrives i mappen «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RegistrationChanges</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation>Kommer som</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Arrangementet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 is registered for this event already.</source>
        <translation>%1 er allerede påmeldt dette arrangementet.</translation>
    </message>
    <message>
        <source>The registration could not be saved: %1</source>
        <translation>Påmeldingen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>Påmeldingen finnes ikke lenger.</translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n seat(s)); cancel a registration first.</source>
        <translation>
            <numerusform>Arrangementet er fullt (%n plass); meld av noen først.</numerusform>
            <numerusform>Arrangementet er fullt (%n plasser); meld av noen først.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a registration moved up from the waiting list can be marked as told.</source>
        <translation>Bare en påmelding som er flyttet opp fra ventelisten, kan merkes som varslet.</translation>
    </message>
    <message>
        <source>The registration could not be deleted: %1</source>
        <translation>Påmeldingen kunne ikke slettes: %1</translation>
    </message>
    <message>
        <source>Only someone on the waiting list is checked in on a free seat this way.</source>
        <translation>Bare noen på ventelisten sjekkes inn på en ledig plass på denne måten.</translation>
    </message>
    <message>
        <source>The registration of %1 was changed by someone else after you opened it.</source>
        <translation>Påmeldingen til %1 ble endret av noen andre etter at du åpnet den.</translation>
    </message>
</context>
<context>
    <name>RoleTerms</name>
    <message>
        <source>Administrative contact</source>
        <translation>Administrativ kontakt</translation>
    </message>
    <message>
        <source>Political contact</source>
        <translation>Politisk kontakt</translation>
    </message>
    <message>
        <source>Public-health coordinator</source>
        <translation>Folkehelsekoordinator</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Styremedlem</translation>
    </message>
    <message>
        <source>General-assembly delegate</source>
        <translation>Delegat til generalforsamlingen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>Sekretariat::AgeingDialog</name>
    <message>
        <source>Ageing of Receivables</source>
        <translation>Aldersfordelte kundefordringer</translation>
    </message>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation>Fakturaene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>What each member owes on %1, by the days since the invoice&apos;s due date.</source>
        <translation>Hva hvert medlem skylder per %1, etter dager siden fakturaens forfallsdato.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Lagre CSV …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>ageing-%1.csv</source>
        <extracomment>A CSV file name: lower case, no spaces; %1 is today&apos;s date.</extracomment>
        <translation>aldersfordeling-%1.csv</translation>
    </message>
    <message>
        <source>Save Ageing as CSV</source>
        <translation>Lagre aldersfordelingen som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>&amp;Eksporter liste …</translation>
    </message>
</context>
<context>
    <name>Sekretariat::CatalogueSearchField</name>
    <message>
        <source>Type a name or number, such as Stavanger or 1103</source>
        <translation>Skriv et navn eller nummer, for eksempel Stavanger eller 1103</translation>
    </message>
    <message>
        <source>Picking a municipality or county municipality from the official list fills in its number, name, county, population and organisation number. You can still type them yourself.</source>
        <translation>Velger du en kommune eller fylkeskommune fra den offisielle lista, fylles nummer, navn, fylke, innbyggertall og organisasjonsnummer inn. Du kan fortsatt skrive dem selv.</translation>
    </message>
</context>
<context>
    <name>Sekretariat::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Koble til tjener</translation>
    </message>
    <message>
        <source>The secretariat&apos;s shared register on a PostgreSQL server. Ask the server&apos;s administrator for these; an empty database is set up at the first connection.</source>
        <translation>Sekretariatets felles register på en PostgreSQL-tjener. Spør tjenerens administrator om dette; en tom database settes opp ved første tilkobling.</translation>
    </message>
    <message>
        <source>e.g. db.example.no</source>
        <translation>f.eks. db.example.no</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Kryptert (require)</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation>Kryptert, tjenerens sertifikat kontrollert (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Kryptert når tjeneren tilbyr det (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable): on this computer only</source>
        <translation>Ikke kryptert (disable): bare på denne datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sikkerhet:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>&amp;Husk passordet i denne datamaskinens nøkkelring</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
</context>
<context>
    <name>Sekretariat::CreditDialog</name>
    <message>
        <source>Credit is set against an invoice with money outstanding; this member has none.</source>
        <translation>Tilgodehavende motregnes i en faktura med utestående beløp; dette medlemmet har ingen.</translation>
    </message>
    <message>
        <source>This member has no credit to refund.</source>
        <translation>Dette medlemmet har ikke noe til gode å betale tilbake.</translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount, such as %2.</source>
        <translation>Beløp: «%1» er ikke et beløp, slik som %2.</translation>
    </message>
    <message>
        <source>Refund Credit</source>
        <translation>Betal tilbake tilgodehavende</translation>
    </message>
    <message>
        <source>Record that %1 of invoice %2 was paid back to the member? Pay it from the bank yourself; this only books it.</source>
        <translation>Registrere at %1 av faktura %2 er betalt tilbake til medlemmet? Selve utbetalingen gjør du i banken; her blir den bare bokført.</translation>
    </message>
    <message>
        <source>Set Credit Against an Invoice</source>
        <translation>Motregn tilgodehavende i en faktura</translation>
    </message>
    <message>
        <source>Moves what the member paid too much from one invoice to another that is still open: a payment taken back from the first and booked on the second.</source>
        <translation>Flytter det medlemmet har betalt for mye fra én faktura til en annen som fortsatt er åpen: en innbetaling tas tilbake fra den første og føres på den andre.</translation>
    </message>
    <message>
        <source>Books that what the member paid too much was paid back to the member.</source>
        <translation>Bokfører at det medlemmet har betalt for mye, er betalt tilbake til medlemmet.</translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 in the member&apos;s favour</source>
        <translation>Faktura %1 (%2): %3 til gode for medlemmet</translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 outstanding</source>
        <translation>Faktura %1 (%2): %3 utestående</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Set Against</source>
        <translation>&amp;Motregn</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Betal tilbake …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DateField</name>
    <message>
        <source>%1: “%2” is not a date; type it as %3.</source>
        <translation>%1: «%2» er ikke en dato; skriv den som %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type the date, such as %1, or pick it from the calendar.</source>
        <translation>Skriv datoen, for eksempel %1, eller velg den i kalenderen.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Velg datoen i en kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>%1: enter the date.</source>
        <translation>%1: skriv datoen.</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DateTimeField</name>
    <message>
        <source>%1: “%2” is not a time; type it as 09:30.</source>
        <translation>%1: «%2» er ikke et klokkeslett; skriv det som 09:30.</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesPage</name>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Invoiced %1 · Credited %2 · Paid %3 · Outstanding %4</source>
        <translation>Fakturert %1 · Kreditert %2 · Betalt %3 · Utestående %4</translation>
    </message>
    <message>
        <source>Invoices Issued</source>
        <translation>Fakturaer utstedt</translation>
    </message>
    <message>
        <source>Invoices Are Kept</source>
        <translation>Fakturaer beholdes</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes are never deleted: the bookkeeping must be able to trace every number. To correct an invoice, issue a credit note for it.</source>
        <translation>Utstedte fakturaer og kreditnotaer slettes aldri: regnskapet må kunne spore hvert nummer. Rett en faktura ved å utstede en kreditnota for den.</translation>
    </message>
    <message>
        <source>Credit Note Issued</source>
        <translation>Kreditnota utstedt</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Save PDFs in Folder</source>
        <translation>Lagre PDF-er i mappe</translation>
    </message>
    <message>
        <source>Writing PDFs…</source>
        <translation>Skriver PDF-er …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF-fil skrevet til %1.</numerusform>
            <numerusform>%n PDF-filer skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) and credit note(s)</source>
        <translation>
            <numerusform>%n bilag</numerusform>
            <numerusform>%n bilag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoices and credit notes</source>
        <translation>
            <numerusform>%1 av %n bilag</numerusform>
            <numerusform>%1 av %n bilag</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview and issue a year&apos;s dues invoices (Ctrl+N)</source>
        <translation>Forhåndsvis og utsted årets kontingentfakturaer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register &amp;Payment…</source>
        <translation>Registrer &amp;betaling …</translation>
    </message>
    <message>
        <source>Register a payment received for the invoice (Ctrl+B)</source>
        <translation>Registrer en innbetaling på fakturaen (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation>&amp;Kreditnota …</translation>
    </message>
    <message>
        <source>Correct the invoice with a credit note for all or part of it</source>
        <translation>Rett fakturaen med en kreditnota for hele eller deler av beløpet</translation>
    </message>
    <message>
        <source>Save &amp;PDFs…</source>
        <translation>Lagre &amp;PDF-er …</translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF files (Ctrl+Shift+S)</source>
        <translation>Lagre de valgte fakturaene som PDF-filer (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Forhåndsvis utskrift …</translation>
    </message>
    <message>
        <source>Rates and &amp;Terms…</source>
        <translation>Satser og &amp;vilkår …</translation>
    </message>
    <message>
        <source>Show the invoices of this year</source>
        <translation>Vis fakturaene for dette året</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Ikke betalt</translation>
    </message>
    <message numerus="yes">
        <source>%n of these files exist already in %1, such as “%2”.</source>
        <translation>
            <numerusform>%n av disse filene finnes allerede i %1, for eksempel «%2».</numerusform>
            <numerusform>%n av disse filene finnes allerede i %1, for eksempel «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the documents as issued?</source>
        <translation>Erstatte dem med dokumentene slik de ble utstedt?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued. Save them now as PDF (one file each and one for printing), and as EHF for the members that receive it?</source>
        <translation>
            <numerusform>%n faktura er utstedt. Lagre den nå som PDF (én fil hver og én for utskrift), og som EHF for medlemmene som mottar det?</numerusform>
            <numerusform>%n fakturaer er utstedt. Lagre dem nå som PDF (én fil hver og én for utskrift), og som EHF for medlemmene som mottar det?</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit note %1 issued. Save it now as PDF, and as EHF if the member receives it?</source>
        <translation>Kreditnota %1 er utstedt. Lagre den nå som PDF, og som EHF hvis medlemmet mottar det?</translation>
    </message>
    <message>
        <source>EHF</source>
        <translation>EHF</translation>
    </message>
    <message>
        <source>Reminders are sent as PDF only; none of the selected documents is an invoice or a credit note.</source>
        <translation>Purringer sendes bare som PDF; ingen av de valgte dokumentene er en faktura eller kreditnota.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) cannot be written as valid EHF:</source>
        <translation>
            <numerusform>%n dokument kan ikke skrives som gyldig EHF:</numerusform>
            <numerusform>%n dokumenter kan ikke skrives som gyldig EHF:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the member or the network settings, or clear “receives EHF” on the member&apos;s Invoicing tab.</source>
        <translation>Fyll ut medlemmet eller nettverksinnstillingene, eller fjern «mottar EHF» på medlemmets fane Fakturering.</translation>
    </message>
    <message>
        <source>Write the PDFs Only</source>
        <translation>Skriv bare PDF-ene</translation>
    </message>
    <message>
        <source>Writing documents…</source>
        <translation>Skriver dokumenter …</translation>
    </message>
    <message numerus="yes">
        <source>%n EHF file(s) written to %1.</source>
        <translation>
            <numerusform>%n EHF-fil skrevet til %1.</numerusform>
            <numerusform>%n EHF-filer skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;EHF…</source>
        <translation>Lagre &amp;EHF …</translation>
    </message>
    <message>
        <source>Save the selected invoices and credit notes as EHF e-invoices, into the EHF outbox when one is set (Ctrl+Shift+E)</source>
        <translation>Lagre de valgte fakturaene og kreditnotaene som EHF, i EHF-utboksen når den er valgt (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Importer betalinger</translation>
    </message>
    <message>
        <source>Bank files (OCR giro, camt.053/054) (*.txt *.ocr *.dat *.xml);;All files (*)</source>
        <translation>Bankfiler (OCR giro, camt.053/054) (*.txt *.ocr *.dat *.xml);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) booked from the bank file, in all %1; %2 wait for you.</source>
        <translation>
            <numerusform>%n betaling bokført fra bankfilen, i alt %1; %2 venter på deg.</numerusform>
            <numerusform>%n betalinger bokført fra bankfilen, i alt %1; %2 venter på deg.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Payments…</source>
        <translation>&amp;Importer betalinger …</translation>
    </message>
    <message>
        <source>Book the payments of a bank file (OCR giro or camt.053/054) by their KID (Ctrl+Shift+I)</source>
        <translation>Bokfør betalingene i en bankfil (OCR giro eller camt.053/054) etter KID (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Waiting Payments…</source>
        <translation>&amp;Ventende betalinger …</translation>
    </message>
    <message>
        <source>The bank&apos;s payments that could not be booked by their KID</source>
        <translation>Betalingene fra banken som ikke kunne bokføres etter KID</translation>
    </message>
    <message>
        <source>&amp;Ageing of Receivables…</source>
        <translation>&amp;Aldersfordelte kundefordringer …</translation>
    </message>
    <message>
        <source>What each member owes, by how long it is overdue</source>
        <translation>Hva hvert medlem skylder, etter hvor lenge det er på forfall</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Purring</translation>
    </message>
    <message>
        <source>The selected overdue invoices are handed over already; the program has no step after that.</source>
        <translation>De valgte forfalte fakturaene er allerede oversendt; programmet har ikke noe steg etter det.</translation>
    </message>
    <message>
        <source>Dunning is only for overdue invoices; none is selected.</source>
        <translation>Purring gjelder bare forfalte fakturaer; ingen er valgt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Record the next dunning step, dated %1, for %n overdue invoice(s)? The new due date is %2.</source>
        <translation>
            <numerusform>Registrere neste purresteg, datert %1, for %n forfalt faktura? Ny forfallsdato er %2.</numerusform>
            <numerusform>Registrere neste purresteg, datert %1, for %n forfalte fakturaer? Ny forfallsdato er %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder fee of %1 is added to the 1st and 2nd reminders sent at least %2 days after the due date.</source>
        <translation>Et purregebyr på %1 legges til 1. og 2. purring som sendes minst %2 dager etter forfall.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) handed over already are left as they are.</source>
        <translation>
            <numerusform>%n faktura som allerede er oversendt, blir stående som den er.</numerusform>
            <numerusform>%n fakturaer som allerede er oversendt, blir stående som de er.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dunning step was recorded: %1</source>
        <translation>Ingen purresteg ble registrert: %1</translation>
    </message>
    <message>
        <source>&amp;Dunning Step…</source>
        <translation>&amp;Purresteg …</translation>
    </message>
    <message>
        <source>Record the next dunning step (1st reminder, 2nd reminder, hand-over) for the selected overdue invoices and save the letters as PDF</source>
        <translation>Registrer neste purresteg (1. purring, 2. purring, oversendelse) for de valgte forfalte fakturaene og lagre brevene som PDF</translation>
    </message>
    <message>
        <source>Due for dunning</source>
        <translation>Klar for purring</translation>
    </message>
    <message>
        <source>Show only invoices with this status; “Not paid” is open, partly paid and overdue; “Due for dunning” is overdue with the next dunning step’s day come</source>
        <translation>Vis bare fakturaer med denne statusen; «Ikke betalt» er åpne, delvis betalte og forfalte; «Klar for purring» er forfalte der dagen for neste purresteg er kommet</translation>
    </message>
    <message>
        <source>Invoiced %1 · Credited %2 · Reminder fees %3 · Paid %4 · Outstanding %5</source>
        <translation>Fakturert %1 · Kreditert %2 · Purregebyr %3 · Betalt %4 · Utestående %5</translation>
    </message>
    <message>
        <source>Imported &amp;Bank Files…</source>
        <translation>Importerte &amp;bankfiler …</translation>
    </message>
    <message>
        <source>The log of every bank file imported: when, what it booked, what waits</source>
        <translation>Loggen over alle importerte bankfiler: når, hva som ble bokført, hva som venter</translation>
    </message>
    <message>
        <source>Documents Saved</source>
        <translation>Dokumenter lagret</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <extracomment>The toolbar&apos;s button for payments: by hand, the bank&apos;s files, what waits, and the ageing.</extracomment>
        <translation>Beta&amp;linger</translation>
    </message>
    <message>
        <source>Register a payment, import the bank&apos;s files, the waiting payments and the ageing</source>
        <translation>Registrer en betaling, importer bankens filer, ventende betalinger og aldersfordelingen</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <extracomment>The toolbar&apos;s button for the PDFs, EHF and printing of the selected invoices.</extracomment>
        <translation>Dok&amp;umenter</translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF or EHF, or print them</source>
        <translation>Lagre de valgte fakturaene som PDF eller EHF, eller skriv dem ut</translation>
    </message>
    <message>
        <source>P&amp;rint Invoices…</source>
        <translation>Skriv &amp;ut fakturaer …</translation>
    </message>
    <message>
        <source>Dues Run…</source>
        <translation>Kontingentkjøring …</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fa&amp;kturaer</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesRunDialog</name>
    <message>
        <source>Rate %1: %2 per inhabitant, floor %3, cap %4. Amounts are rounded to whole kroner; county municipalities pay the cap.</source>
        <translation>Sats %1: %2 per innbygger, minstebeløp %3, maksimalbeløp %4. Beløpene avrundes til hele kroner; fylkeskommuner betaler maksimalbeløpet.</translation>
    </message>
    <message>
        <source>The rate is last year&apos;s carried forward by the deflator.</source>
        <translation>Satsen er fjorårets, framskrevet med deflatoren.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to invoice</source>
        <translation>
            <numerusform>%n medlem å fakturere</numerusform>
            <numerusform>%n medlemmer å fakturere</numerusform>
        </translation>
    </message>
    <message>
        <source>in all %1</source>
        <translation>til sammen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with something to check</source>
        <translation>
            <numerusform>%n med noe å sjekke</numerusform>
            <numerusform>%n med noe å sjekke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoiced already for the year</source>
        <translation>
            <numerusform>%n allerede fakturert for året</numerusform>
            <numerusform>%n allerede fakturert for året</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n Invoice(s)…</source>
        <translation>
            <numerusform>&amp;Utsted %n faktura …</numerusform>
            <numerusform>&amp;Utsted %n fakturaer …</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Utsted fakturaer</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n invoice(s) for %1, in all %2?</source>
        <translation>
            <numerusform>Utstede %n faktura for %1, til sammen %2?</numerusform>
            <numerusform>Utstede %n fakturaer for %1, til sammen %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued invoices get their numbers now and can never be changed or deleted; a mistake is corrected with a credit note.</source>
        <translation>Fakturaene får numrene sine nå og kan aldri endres eller slettes; en feil rettes med en kreditnota.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are invoiced for this year already and get a second invoice.</source>
        <translation>
            <numerusform>%n av dem er allerede fakturert for året og får en faktura til.</numerusform>
            <numerusform>%n av dem er allerede fakturert for året og får en faktura til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dues Run</source>
        <translation>Kontingentkjøring</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;dato:</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Velg &amp;alle</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Velg &amp;ingen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) cannot receive a valid EHF, so nothing is issued yet:</source>
        <translation>
            <numerusform>%n medlem kan ikke få en gyldig EHF, så ingenting er utstedt ennå:</numerusform>
            <numerusform>%n medlemmer kan ikke få en gyldig EHF, så ingenting er utstedt ennå:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete them, leave them out of this run, or clear “receives EHF” on the member&apos;s Invoicing tab.</source>
        <translation>Fyll ut det som mangler, ta dem ut av denne kjøringen, eller fjern «mottar EHF» på medlemmets fane Fakturering.</translation>
    </message>
    <message>
        <source>Carry the Rate Forward</source>
        <translation>Før satsen videre</translation>
    </message>
    <message>
        <source>The deflator for %1 in per cent (the state budget&apos;s price and wage growth for the municipalities); %2&apos;s rate is %3 per inhabitant:</source>
        <translation>Deflatoren for %1 i prosent (statsbudsjettets pris- og lønnsvekst for kommunene); satsen for %2 er %3 per innbygger:</translation>
    </message>
    <message>
        <source>Set the &amp;Rate…</source>
        <translation>Sett &amp;satsen …</translation>
    </message>
    <message>
        <source>Open Rates and Terms to enter the year&apos;s rate, floor and cap</source>
        <translation>Åpne Satser og vilkår for å legge inn årets sats, minstebeløp og tak</translation>
    </message>
    <message>
        <source>&amp;Carry Last Year Forward…</source>
        <translation>&amp;Før fjorårets videre …</translation>
    </message>
    <message>
        <source>Last year&apos;s rate times the year&apos;s deflator</source>
        <translation>Fjorårets sats ganget med årets deflator</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesRunModel</name>
    <message>
        <source>invoiced already</source>
        <translation>allerede fakturert</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n måned</numerusform>
            <numerusform>%1, %n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Innbyggertall</translation>
    </message>
    <message>
        <source>Population date</source>
        <translation>Innbyggertall per</translation>
    </message>
    <message>
        <source>Population × rate</source>
        <translation>Innbyggere × sats</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Sjekk før sending</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DuesSettingsDialog</name>
    <message>
        <source>rate %1</source>
        <translation>sats %1</translation>
    </message>
    <message>
        <source>deflator %1</source>
        <translation>deflator %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: «%2» er ikke et beløp.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Minstekontingent</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Deflator: “%1” is not a percentage, such as %2.</source>
        <translation>Deflator: «%1» er ikke en prosentsats, som %2.</translation>
    </message>
    <message>
        <source>Remove Year</source>
        <translation>Fjern år</translation>
    </message>
    <message>
        <source>Remove the rate of %1?</source>
        <translation>Fjerne satsen for %1?</translation>
    </message>
    <message>
        <source>Dues Settings</source>
        <translation>Kontingentinnstillinger</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Satser</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>Enter a year&apos;s own rate per inhabitant, or its deflator: the year then takes the year before&apos;s rate times (1 + deflator), rounded to whole øre. Floor and cap carry over until a year sets its own. Dues are rounded to whole kroner.</source>
        <translation>Oppgi årets egen sats per innbygger, eller deflatoren: da får året fjorårets sats ganger (1 + deflator), avrundet til hele øre. Minste- og maksimalbeløp gjelder videre til et år setter egne. Kontingenten avrundes til hele kroner.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Oppgitt</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Ra&amp;te per inhabitant:</source>
        <translation>Sa&amp;ts per innbygger:</translation>
    </message>
    <message>
        <source>&amp;Deflator (%):</source>
        <translation>&amp;Deflator (%):</translation>
    </message>
    <message>
        <source>&amp;Floor (empty: as before):</source>
        <translation>&amp;Minstebeløp (tomt: som før):</translation>
    </message>
    <message>
        <source>C&amp;ap (empty: as before):</source>
        <translation>Ma&amp;ksimalbeløp (tomt: som før):</translation>
    </message>
    <message>
        <source>&amp;Payment terms (days):</source>
        <translation>&amp;Betalingsfrist (dager):</translation>
    </message>
    <message>
        <source>Re&amp;minder terms (days):</source>
        <translation>&amp;Purrefrist (dager):</translation>
    </message>
    <message>
        <source>New members pay for the &amp;months from the month they became active</source>
        <translation>Nye medlemmer betaler for &amp;månedene fra måneden de ble aktive</translation>
    </message>
    <message>
        <source>The network is registered for &amp;VAT (“MVA” after the organisation number)</source>
        <translation>Nettverket er registrert for &amp;merverdiavgift («MVA» etter organisasjonsnummeret)</translation>
    </message>
    <message>
        <source>&amp;Save Year</source>
        <translation>&amp;Lagre år</translation>
    </message>
    <message>
        <source>Re&amp;move Year…</source>
        <translation>&amp;Fjern år …</translation>
    </message>
    <message>
        <source>or a deflator</source>
        <translation>eller en deflator</translation>
    </message>
    <message>
        <source>or a rate</source>
        <translation>eller en sats</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>EHF Outbox</source>
        <translation>EHF-utboks</translation>
    </message>
    <message>
        <source>EHF outbox: the folder “%1” does not exist.</source>
        <translation>EHF-utboks: mappen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>&amp;EHF outbox:</source>
        <translation>&amp;EHF-utboks:</translation>
    </message>
    <message>
        <source>None: EHF files are saved beside the PDFs</source>
        <translation>Ingen: EHF-filene lagres ved siden av PDF-ene</translation>
    </message>
    <message>
        <source>The folder your access point or accounting program sends EHF invoices from. A setting of this computer.</source>
        <translation>Mappen aksesspunktet eller regnskapsprogrammet sender EHF-fakturaer fra. En innstilling for denne datamaskinen.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Purring</translation>
    </message>
</context>
<context>
    <name>Sekretariat::DunningSettingsPage</name>
    <message>
        <source>Reminder fee: “%1” is not an amount.</source>
        <translation>Purregebyr: «%1» er ikke et beløp.</translation>
    </message>
    <message>
        <source>An overdue invoice gets a 1st reminder, then a 2nd, and is then handed over (to the board or to debt collection). The Dues page proposes each step the given days after the due date before it. Leave a text empty for the program&apos;s own, in the member&apos;s language; in your own, {invoice}, {amount} and {due} are filled in.</source>
        <translation>En forfalt faktura får 1. purring, så 2. purring, og blir så oversendt (til styret eller til inkasso). Kontingentsiden foreslår hvert steg det angitte antallet dager etter forfallsdatoen før det. La en tekst stå tom for programmets egen, på medlemmets språk; i din egen fylles {invoice}, {amount} og {due} inn.</translation>
    </message>
    <message>
        <source>&amp;1st reminder after (days):</source>
        <translation>&amp;1. purring etter (dager):</translation>
    </message>
    <message>
        <source>1st reminder &amp;text:</source>
        <translation>1. purring, &amp;tekst:</translation>
    </message>
    <message>
        <source>&amp;2nd reminder after (days):</source>
        <translation>&amp;2. purring etter (dager):</translation>
    </message>
    <message>
        <source>2nd reminder te&amp;xt:</source>
        <translation>2. purring, te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Hand over after (days):</source>
        <translation>&amp;Oversend etter (dager):</translation>
    </message>
    <message>
        <source>Reminder &amp;fee:</source>
        <translation>Purre&amp;gebyr:</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s text</source>
        <translation>Tom: programmets tekst</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The law caps a reminder fee at a tenth of the collection rate (inkassosatsen): at most %1 here. It is charged on the 1st and 2nd reminders only, and only when the reminder is sent at least %2 days after the due date. The collection rate is set every year; see Finanstilsynet.</source>
        <translation>Loven begrenser purregebyret til en tiendedel av inkassosatsen: høyst %1 her. Det kreves bare på 1. og 2. purring, og bare når purringen sendes minst %2 dager etter forfall. Inkassosatsen fastsettes hvert år; se Finanstilsynet.</translation>
    </message>
    <message>
        <source>Hand-o&amp;ver text:</source>
        <translation>Oversendelse, tek&amp;st:</translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventDialog</name>
    <message>
        <source>Register a Person</source>
        <translation>Meld på en person</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Register a Guest</source>
        <translation>Meld på en gjest</translation>
    </message>
    <message>
        <source>Guest&apos;s name:</source>
        <translation>Gjestens navn:</translation>
    </message>
    <message>
        <source>Guest&apos;s e-mail (may be empty):</source>
        <translation>Gjestens e-post (kan være tom):</translation>
    </message>
    <message>
        <source>Cancel Registration</source>
        <translation>Meld av</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>Melde av %1?</translation>
    </message>
    <message>
        <source>From the Waiting List</source>
        <translation>Fra ventelisten</translation>
    </message>
    <message>
        <source>%1 moved up from the waiting list. Tell them they have a seat.</source>
        <translation>%1 er flyttet opp fra ventelisten. Gi beskjed om at de har fått plass.</translation>
    </message>
    <message>
        <source>Save Calendar File</source>
        <translation>Lagre kalenderfil</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Kalenderfila kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>%1 registered · %2 waiting · %3 attended</source>
        <translation>%1 påmeldt · %2 på venteliste · %3 deltok</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Arrangement: %1</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nytt arrangement</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Ste&amp;d:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Nett&amp;lenke:</translation>
    </message>
    <message>
        <source>Se&amp;ats:</source>
        <translation>&amp;Plasser:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ubegrenset</translation>
    </message>
    <message>
        <source>This year&apos;s annual &amp;network gathering (members should send an administrator and a politician)</source>
        <translation>Årets &amp;nettverkssamling (medlemmene bør sende én fra administrasjonen og én politiker)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Påmeldinger</translation>
    </message>
    <message>
        <source>Check in: type a name, then Enter marks attended…</source>
        <translation>Innsjekking: skriv et navn, Enter merker som deltatt …</translation>
    </message>
    <message>
        <source>Register &amp;Person…</source>
        <translation>Meld på &amp;person …</translation>
    </message>
    <message>
        <source>Register &amp;Guest…</source>
        <translation>Meld på &amp;gjest …</translation>
    </message>
    <message>
        <source>Atte&amp;nded (Space)</source>
        <translation>&amp;Deltok (mellomrom)</translation>
    </message>
    <message>
        <source>&amp;Cancel Registration…</source>
        <translation>Meld &amp;av …</translation>
    </message>
    <message>
        <source>Copy E-&amp;mails</source>
        <translation>Kopier &amp;e-poster</translation>
    </message>
    <message>
        <source>Calendar File (.ics)…</source>
        <translation>Kalenderfil (.ics) …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Save Participant List</source>
        <translation>Lagre deltakerliste</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The participant list could not be written: %1</source>
        <translation>Deltakerlista kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Participant &amp;List (PDF)…</source>
        <translation>Deltaker&amp;liste (PDF) …</translation>
    </message>
    <message>
        <source>Members &amp;Report…</source>
        <translation>&amp;Medlemsrapport …</translation>
    </message>
    <message>
        <source>Fee: “%1” is not an amount.</source>
        <translation>Avgift: «%1» er ikke et beløp.</translation>
    </message>
    <message>
        <source>Registration dead&amp;line:</source>
        <translation>Påmeldings&amp;frist:</translation>
    </message>
    <message>
        <source>&amp;Fee (empty: free):</source>
        <translation>A&amp;vgift (tom: gratis):</translation>
    </message>
    <message>
        <source>&amp;Edit Registration…</source>
        <translation>&amp;Endre påmelding …</translation>
    </message>
    <message>
        <source>Mark as &amp;Told</source>
        <translation>Merk som &amp;varslet</translation>
    </message>
    <message>
        <source>They moved up from the waiting list and have been told they have a seat</source>
        <translation>De er flyttet opp fra ventelisten og har fått beskjed om at de har plass</translation>
    </message>
    <message>
        <source>Lang&amp;uage of its documents:</source>
        <translation>Spr&amp;åk for dokumentene:</translation>
    </message>
    <message>
        <source>On the Waiting List</source>
        <translation>På ventelisten</translation>
    </message>
    <message>
        <source>The event is full: %1 is number %2 on the waiting list, and moves up when a seat is freed.</source>
        <translation>Arrangementet er fullt: %1 er nummer %2 på ventelisten og flyttes opp når en plass blir ledig.</translation>
    </message>
    <message>
        <source>Check In from the Waiting List</source>
        <translation>Sjekk inn fra ventelisten</translation>
    </message>
    <message>
        <source>%1 is number %2 on the waiting list. Check them in on the seat of someone who did not come?</source>
        <translation>%1 er nummer %2 på ventelisten. Sjekke inn på plassen til noen som ikke kom?</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Innsjekking</translation>
    </message>
    <message>
        <source>The event starts on %1. Mark people as attended already now?</source>
        <translation>Arrangementet begynner %1. Merke personer som møtt allerede nå?</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;ksporter liste …</translation>
    </message>
    <message>
        <source>The registrations as shown, as an Excel workbook or CSV</source>
        <translation>Påmeldingene slik de vises, som Excel-arbeidsbok eller CSV</translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventsModel</name>
    <message>
        <source>Online</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plasser</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Påmeldt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltok</translation>
    </message>
</context>
<context>
    <name>Sekretariat::EventsPage</name>
    <message>
        <source>Delete Event</source>
        <translation>Slett arrangement</translation>
    </message>
    <message>
        <source>Delete the event “%1” with its registrations?</source>
        <translation>Slette arrangementet «%1» med påmeldingene?</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n arrangement</numerusform>
            <numerusform>%n arrangementer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 av %n arrangement</numerusform>
            <numerusform>%1 av %n arrangementer</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Upcoming and past</source>
        <translation>Kommende og tidligere</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>&amp;Arrangementer</translation>
    </message>
</context>
<context>
    <name>Sekretariat::FormDialog</name>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Lagre endringene før du lukker?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Lagre endringene i %1 før du lukker?</translation>
    </message>
    <message>
        <source>Discard throws away what was typed; Cancel goes back to the form.</source>
        <translation>Forkast kaster det som er skrevet; Avbryt går tilbake til skjemaet.</translation>
    </message>
</context>
<context>
    <name>Sekretariat::GatheringReportDialog</name>
    <message>
        <source>Only members short of the rule</source>
        <translation>Bare medlemmer som ikke oppfyller regelen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Members Represented: %1</source>
        <translation>Representerte medlemmer: %1</translation>
    </message>
    <message>
        <source>Members at %1</source>
        <translation>Medlemmer på %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politikere</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltok</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Representert</translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation>Regelen oppfylt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Counted from who attended.</source>
        <translation>Telt etter hvem som deltok.</translation>
    </message>
    <message>
        <source>Counted from who is registered; after the event, from who attended.</source>
        <translation>Telt etter hvem som er påmeldt; etter arrangementet etter hvem som deltok.</translation>
    </message>
    <message>
        <source>%1 of the %2 members on %3 were represented.</source>
        <translation>%1 av de %2 medlemmene per %3 var representert.</translation>
    </message>
    <message>
        <source>%1 of the %2 members on %3 sent both an administrator and a politician.</source>
        <translation>%1 av de %2 medlemmene per %3 sendte både en fra administrasjonen og en politiker.</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>&amp;Eksporter liste …</translation>
    </message>
</context>
<context>
    <name>Sekretariat::GroupDialog</name>
    <message>
        <source>Group Leader</source>
        <translation>Gruppeleder</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Add to the Group</source>
        <translation>Legg til i gruppa</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Theme Group: %1</source>
        <translation>Temagruppe: %1</translation>
    </message>
    <message>
        <source>New Theme Group</source>
        <translation>Ny temagruppe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Leder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>Personer i gruppa</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Legg til person …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Copy E-&amp;mails</source>
        <translation>Kopier &amp;e-poster</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Sekretariat::GroupsPage</name>
    <message>
        <source>Delete Group</source>
        <translation>Slett gruppe</translation>
    </message>
    <message>
        <source>Delete the theme group “%1”? Its people stay in the register.</source>
        <translation>Slette temagruppa «%1»? Personene blir værende i registeret.</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n groups</source>
        <translation>
            <numerusform>%1 av %n gruppe</numerusform>
            <numerusform>%1 av %n grupper</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme Groups</source>
        <translation>Temagrupper</translation>
    </message>
    <message>
        <source>Theme &amp;Groups</source>
        <translation>&amp;Temagrupper</translation>
    </message>
</context>
<context>
    <name>Sekretariat::ImportMergeDialog</name>
    <message>
        <source>Row %1 – %2</source>
        <translation>Rad %1 – %2</translation>
    </message>
    <message>
        <source>Merge into the register&apos;s</source>
        <translation>Slå sammen med den i registeret</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Hopp over raden</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Legg til som ny person</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>I registeret</translation>
    </message>
    <message>
        <source>In the file (ticked: taken)</source>
        <translation>I filen (avkrysset: tas med)</translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation>I registeret: %1</translation>
    </message>
    <message>
        <source>The file has nothing the register does not already have.</source>
        <translation>Filen har ingenting registeret ikke allerede har.</translation>
    </message>
    <message>
        <source>&amp;This row:</source>
        <translation>&amp;Denne raden:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoiceAmountDialog</name>
    <message>
        <source>Amount: “%1” is not an amount, such as %2.</source>
        <translation>Beløp: «%1» er ikke et beløp, som %2.</translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Issue a credit note of %1 for invoice %2? It gets its own number and can never be changed or deleted.</source>
        <translation>Utstede en kreditnota på %1 for faktura %2? Den får eget nummer og kan aldri endres eller slettes.</translation>
    </message>
    <message>
        <source>Register Payment</source>
        <translation>Registrer betaling</translation>
    </message>
    <message>
        <source>Invoice %1 to %2, %3. Amount %4, credited %5, paid %6, outstanding %7.</source>
        <translation>Faktura %1 til %2, %3. Beløp %4, kreditert %5, betalt %6, utestående %7.</translation>
    </message>
    <message>
        <source>A negative amount corrects a payment registered by mistake.</source>
        <translation>Et negativt beløp retter en innbetaling som ble registrert ved en feil.</translation>
    </message>
    <message>
        <source>At most what is not credited yet can be credited.</source>
        <translation>Det kan krediteres høyst det som ikke er kreditert ennå.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Betalt dato:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note…</source>
        <translation>&amp;Utsted kreditnota …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 is more than the %2 outstanding; the rest, %3, becomes the member&apos;s credit.</source>
        <translation>%1 er mer enn de %2 som står utestående; resten, %3, blir medlemmets tilgode.</translation>
    </message>
    <message>
        <source>The payment date %1 is not a day the money can have come.</source>
        <translation>Betalingsdatoen %1 er ikke en dag pengene kan ha kommet.</translation>
    </message>
    <message>
        <source>Register this payment?</source>
        <translation>Registrere denne betalingen?</translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoiceCardDialog</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>This invoice could not be read.</source>
        <translation>Fakturaen kunne ikke leses.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>E-post for faktura</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Beregning</translation>
    </message>
    <message>
        <source>%1 inhabitants (%2) × %3 per inhabitant; rule: %4</source>
        <translation>%1 innbyggere (%2) × %3 per innbygger; regel: %4</translation>
    </message>
    <message>
        <source>Months charged</source>
        <translation>Måneder fakturert</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Purringer</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s), the last on %1, due %2</source>
        <translation>
            <numerusform>%n purring, sist %1, forfall %2</numerusform>
            <numerusform>%n purringer, sist %1, forfall %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Innbetalinger</translation>
    </message>
    <message>
        <source>No payment registered.</source>
        <translation>Ingen innbetaling registrert.</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotaer</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>Nr. %1, %2</translation>
    </message>
    <message>
        <source>Save &amp;EHF…</source>
        <translation>Lagre &amp;EHF …</translation>
    </message>
    <message>
        <source>Save this document as an EHF e-invoice, into the EHF outbox when one is set</source>
        <translation>Lagre dokumentet som EHF, i EHF-utboksen når den er valgt</translation>
    </message>
    <message>
        <source>Credit Note Issued</source>
        <translation>Kreditnota utstedt</translation>
    </message>
    <message>
        <source>Credit note %1 issued. Open its card, to save or print it?</source>
        <translation>Kreditnota %1 er utstedt. Åpne kortet for å lagre eller skrive den ut?</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-en kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Register &amp;Payment…</source>
        <translation>Registrer &amp;betaling …</translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation>&amp;Kreditnota …</translation>
    </message>
    <message>
        <source>&amp;Dunning Step…</source>
        <translation>&amp;Purresteg …</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Forhåndsvis …</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lagre P&amp;DF …</translation>
    </message>
</context>
<context>
    <name>Sekretariat::InvoicesModel</name>
    <message>
        <source>Credit note to %1</source>
        <translation>Kreditnota til %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Medl.nr.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 nå</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Reminded on %1; new due date %2 (the invoice&apos;s was %3).</source>
        <translation>Purret %1; ny forfallsdato %2 (fakturaens var %3).</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Purringer sendt</translation>
    </message>
    <message>
        <source>Dunning step</source>
        <translation>Purresteg</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MainWindow</name>
    <message>
        <source>Sekretariat databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sekretariat-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne nylig &amp;brukt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <source>Save &amp;Backup Copy…</source>
        <translation>Lagre &amp;sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Network &amp;Settings…</source>
        <translation>Nettverkets &amp;innstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>&amp;Åpne valgt</translation>
    </message>
    <message>
        <source>Open the selected row (Enter or double-click)</source>
        <translation>Åpne valgt rad (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Sø&amp;k</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;About Sekretariat</source>
        <translation>&amp;Om Sekretariat</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No database is open. Use File ▸ Open Database… or File ▸ New Database…</source>
        <translation>Ingen database er åpen. Bruk Fil ▸ Åpne database … eller Fil ▸ Ny database …</translation>
    </message>
    <message>
        <source>%1 – Sekretariat</source>
        <translation>%1 – Sekretariat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Ingen database</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>The database was updated; the earlier version was kept as %1.</source>
        <translation>Databasen er oppdatert; den tidligere versjonen er tatt vare på som %1.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database needs a new file name; to use the existing file, choose File ▸ Open Database…</source>
        <translation>«%1» finnes allerede. En ny database trenger et nytt filnavn; for å bruke den eksisterende filen, velg Fil ▸ Åpne database …</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>sekretariat-backup-%1.sqlite</source>
        <translation>sekretariat-sikkerhetskopi-%1.sqlite</translation>
    </message>
    <message>
        <source>Save Backup Copy</source>
        <translation>Lagre sikkerhetskopi</translation>
    </message>
    <message>
        <source>A backup copy cannot replace the open database.</source>
        <translation>En sikkerhetskopi kan ikke erstatte databasen som er åpen.</translation>
    </message>
    <message>
        <source>The backup copy could not be written: %1</source>
        <translation>Sikkerhetskopien kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Backup copy saved as %1.</source>
        <translation>Sikkerhetskopi lagret som %1.</translation>
    </message>
    <message>
        <source>About Sekretariat</source>
        <translation>Om Sekretariat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sekretariat %1&lt;/h3&gt;&lt;p&gt;The member register, dues and events of a network of municipalities working on public health.&lt;/p&gt;&lt;p&gt;Reference data: municipalities and population from Statistics Norway (NLOD 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sekretariat %1&lt;/h3&gt;&lt;p&gt;Medlemsregister, kontingent og arrangementer for et nettverk av kommuner som arbeider med folkehelse.&lt;/p&gt;&lt;p&gt;Referansedata: kommuner og innbyggertall fra Statistisk sentralbyrå (NLOD 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>&amp;Dues</source>
        <translation>&amp;Kontingent</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Arrangementer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>&amp;Theme Groups</source>
        <translation>&amp;Temagrupper</translation>
    </message>
    <message>
        <source>Theme Groups</source>
        <translation>Temagrupper</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and was closed. Nothing was written to it; open a backup copy instead.</source>
        <translation>Databasen «%1» er skadet og ble lukket. Ingenting ble skrevet til den; åpne en sikkerhetskopi i stedet.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Sekretariat</source>
        <translation>%1 (skrivebeskyttet) – Sekretariat</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Database: %1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Databasen er i bruk</translation>
    </message>
    <message>
        <source>“%1” is open for writing by %2.

Only one program at a time may change it. Open it read-only, to look things up without changing anything?</source>
        <translation>«%1» er åpen for skriving av %2.

Bare ett program om gangen kan endre den. Vil du åpne den skrivebeskyttet for å slå opp i den uten å endre noe?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Skriver som %1</translation>
    </message>
    <message>
        <source>Every change is recorded with the name you are signed in to this computer with</source>
        <translation>Hver endring registreres med navnet du er logget inn på denne datamaskinen med</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>Koble til &amp;tjener …</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Koble til tjener</translation>
    </message>
    <message>
        <source>Connected, but the keychain would not keep the password (%1). It will be asked for next time.</source>
        <translation>Tilkoblet, men nøkkelringen ville ikke ta vare på passordet (%1). Det blir spurt etter neste gang.</translation>
    </message>
    <message>
        <source>Cop&amp;y Register To…</source>
        <translation>&amp;Kopier registeret til …</translation>
    </message>
    <message>
        <source>Copy the whole register into an empty database on a server, or a server&apos;s register into a new file</source>
        <translation>Kopier hele registeret til en tom database på en tjener, eller registeret på en tjener til en ny fil</translation>
    </message>
    <message>
        <source>sekretariat-%1.sqlite</source>
        <translation>sekretariat-%1.sqlite</translation>
    </message>
    <message>
        <source>Copy Register to a File</source>
        <translation>Kopier registeret til en fil</translation>
    </message>
    <message>
        <source>Copy Register to a Server</source>
        <translation>Kopier registeret til en tjener</translation>
    </message>
    <message>
        <source>The whole register is copied into an empty database on the server, which the server&apos;s administrator creates. The register open here stays as it is.</source>
        <translation>Hele registeret kopieres til en tom database på tjeneren, som tjenerens administrator oppretter. Registeret som er åpent her, forblir som det er.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy Register</source>
        <translation>Kopier registeret</translation>
    </message>
    <message numerus="yes">
        <source>The register was copied to %1 and checked: each of its %n table(s) has the same rows as here, and the bookkeeping checks out. The open register was not changed.

Open the copy now?</source>
        <translation>
            <numerusform>Registeret ble kopiert til %1 og kontrollert: den ene tabellen har de samme radene som her, og bokføringen stemmer. Det åpne registeret ble ikke endret.

Åpne kopien nå?</numerusform>
            <numerusform>Registeret ble kopiert til %1 og kontrollert: hver av de %n tabellene har de samme radene som her, og bokføringen stemmer. Det åpne registeret ble ikke endret.

Åpne kopien nå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberAccountPanel</name>
    <message>
        <source>Statement of Account</source>
        <translation>Kontoutskrift</translation>
    </message>
    <message>
        <source>The statement cannot be read: %1</source>
        <translation>Kontoutskriften kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Save Statement as CSV</source>
        <translation>Lagre kontoutskrift som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation>Lagre kontoutskrift som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>Kontoutskriften kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Outstanding: %1.</source>
        <translation>Utestående: %1.</translation>
    </message>
    <message>
        <source>Credit balance: %1 paid beyond the invoices, in the member&apos;s favour.</source>
        <translation>Til gode: %1 betalt utover fakturaene, i medlemmets favør.</translation>
    </message>
    <message>
        <source>Nothing is outstanding.</source>
        <translation>Ingenting er utestående.</translation>
    </message>
    <message>
        <source>Statement (&amp;PDF)…</source>
        <translation>Kontoutskrift (&amp;PDF) …</translation>
    </message>
    <message>
        <source>Every invoice, credit note, reminder and payment with the running balance, in the member&apos;s language</source>
        <translation>Alle fakturaer, kreditnotaer, purringer og innbetalinger med løpende saldo, på medlemmets språk</translation>
    </message>
    <message>
        <source>Statement (CS&amp;V)…</source>
        <translation>Kontoutskrift (CS&amp;V) …</translation>
    </message>
    <message>
        <source>Set Credit &amp;Against…</source>
        <translation>&amp;Motregn tilgodehavende …</translation>
    </message>
    <message>
        <source>Use what the member paid too much for an invoice that is still open</source>
        <translation>Bruk det medlemmet har betalt for mye, på en faktura som fortsatt er åpen</translation>
    </message>
    <message>
        <source>Re&amp;fund Credit…</source>
        <translation>Betal &amp;tilbake …</translation>
    </message>
    <message>
        <source>Book that the credit was paid back to the member</source>
        <translation>Bokfør at tilgodehavendet er betalt tilbake til medlemmet</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberAttendanceTable</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Came as</source>
        <translation>Kom som</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberDialog</name>
    <message>
        <source>Member – %1</source>
        <translation>Medlem – %1</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nytt medlem</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personer (%1)</translation>
    </message>
    <message>
        <source>Find in the official list:</source>
        <translation>Finn i den offisielle lista:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Fylke:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Innbyggertall:</translation>
    </message>
    <message>
        <source>Population on:</source>
        <translation>Innbyggertall per:</translation>
    </message>
    <message>
        <source>Organisation number:</source>
        <translation>Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Første kontakt:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Søkte:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Vedtaksdato:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <source>Active from:</source>
        <translation>Aktiv fra:</translation>
    </message>
    <message>
        <source>Resigned on:</source>
        <translation>Utmeldt:</translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation>Fakturaadresse:</translation>
    </message>
    <message>
        <source>Invoice e-mail:</source>
        <translation>Faktura-e-post:</translation>
    </message>
    <message>
        <source>Buyer reference (Deres ref.):</source>
        <translation>Bestillerreferanse (Deres ref.):</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Dokumentspråk:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Nettsted:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>0301 or 46</source>
        <translation>0301 eller 46</translation>
    </message>
    <message>
        <source>Four digits for a municipality, two for a county municipality.</source>
        <translation>Fire sifre for en kommune, to for en fylkeskommune.</translation>
    </message>
    <message>
        <source>County number</source>
        <translation>Fylkesnummer</translation>
    </message>
    <message>
        <source>County name</source>
        <translation>Fylkesnavn</translation>
    </message>
    <message>
        <source>Inhabitants, as published by Statistics Norway (SSB); the dues follow it.</source>
        <translation>Innbyggere, slik SSB publiserer det; kontingenten følger det.</translation>
    </message>
    <message>
        <source>Nine digits</source>
        <translation>Ni sifre</translation>
    </message>
    <message>
        <source>The council&apos;s case number (saksnummer)</source>
        <translation>Kommunestyrets eller fylkestingets saksnummer</translation>
    </message>
    <message>
        <source>The first talk with the secretariat, when the member was a prospect.</source>
        <translation>Den første samtalen med sekretariatet, da medlemmet var aktuelt medlem.</translation>
    </message>
    <message>
        <source>The date of the council&apos;s political decision to join.</source>
        <translation>Datoen for det politiske vedtaket om å bli medlem.</translation>
    </message>
    <message>
        <source>Public bodies return invoices that lack the buyer&apos;s reference.</source>
        <translation>Offentlige virksomheter returnerer fakturaer uten bestillerreferanse.</translation>
    </message>
    <message>
        <source>The language of invoices and letters sent to this member.</source>
        <translation>Språket i fakturaer og brev som sendes til dette medlemmet.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Save the member and close</source>
        <translation>Lagre medlemmet og lukk</translation>
    </message>
    <message>
        <source>Events attended (%1)</source>
        <translation>Deltatt på (%1)</translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation>Fakturaer (%1)</translation>
    </message>
    <message>
        <source>0192: and the organisation number</source>
        <translation>0192: og organisasjonsnummeret</translation>
    </message>
    <message>
        <source>Postcode, town, country:</source>
        <translation>Postnummer, sted, land:</translation>
    </message>
    <message>
        <source>Electronic address:</source>
        <translation>Elektronisk adresse:</translation>
    </message>
    <message>
        <source>Department, street or post box, one per line</source>
        <translation>Avdeling, gate eller postboks, én per linje</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code: NO for Norway</source>
        <translation>Landets kode på to bokstaver: NO for Norge</translation>
    </message>
    <message>
        <source>Receives &amp;electronic invoices (EHF)</source>
        <translation>Mottar &amp;elektroniske fakturaer (EHF)</translation>
    </message>
    <message>
        <source>Public bodies must receive invoices as EHF through the Peppol network.</source>
        <translation>Offentlige virksomheter skal motta fakturaer som EHF gjennom Peppol-nettverket.</translation>
    </message>
    <message>
        <source>The member&apos;s Peppol address; leave it empty for 0192: and the organisation number, which nearly every municipality uses.</source>
        <translation>Medlemmets Peppol-adresse; la feltet stå tomt for 0192: og organisasjonsnummeret, som nesten alle kommuner bruker.</translation>
    </message>
    <message>
        <source>Save the member as it is?</source>
        <translation>Lagre medlemmet slik det er?</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Legg til person …</translation>
    </message>
    <message>
        <source>A new person at this member</source>
        <translation>En ny person hos dette medlemmet</translation>
    </message>
    <message>
        <source>Open Pe&amp;rson</source>
        <translation>Åpne pe&amp;rson</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Åpne den valgte personen (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Save Contact &amp;Cards…</source>
        <translation>Lagre &amp;kontaktkort …</translation>
    </message>
    <message>
        <source>The member&apos;s people as contact cards (vCard) for Outlook, Apple Contacts or Thunderbird</source>
        <translation>Medlemmets personer som kontaktkort (vCard) for Outlook, Apple Kontakter eller Thunderbird</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontakter</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation>Tidligere: %1</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberInvoicesTable</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MemberPeopleTable</name>
    <message>
        <source>%1 (%2–%3)</source>
        <comment>role (from–to)</comment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Roller her</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MembersModel</name>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>An active member must have a current administrative and political contact.</source>
        <translation>Et aktivt medlem må ha en gjeldende administrativ og politisk kontakt.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Innbyggertall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Administrative contact</source>
        <translation>Administrativ kontakt</translation>
    </message>
    <message>
        <source>Political contact</source>
        <translation>Politisk kontakt</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>E-post for faktura</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MembersPage</name>
    <message>
        <source>Delete the member “%1”?</source>
        <translation>Slette medlemmet «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n member(s)?</source>
        <translation>
            <numerusform>Slette dette medlemmet?</numerusform>
            <numerusform>Slette disse %n medlemmene?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>Slett medlemmer</translation>
    </message>
    <message>
        <source>Only a member without people or other history can be deleted. A member that leaves the network is kept with the status Resigned.</source>
        <translation>Bare et medlem uten personer eller annen historikk kan slettes. Et medlem som går ut av nettverket, beholdes med status Utmeldt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members</source>
        <translation>
            <numerusform>%1 av %n medlem</numerusform>
            <numerusform>%1 av %n medlemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Show only members with this status</source>
        <translation>Vis bare medlemmer med denne statusen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Show only municipalities or only county municipalities</source>
        <translation>Vis bare kommuner eller bare fylkeskommuner</translation>
    </message>
    <message>
        <source>Missing contacts only</source>
        <translation>Bare manglende kontakter</translation>
    </message>
    <message>
        <source>Show only members that must have an administrative and a political contact and lack one</source>
        <translation>Vis bare medlemmer som skal ha en administrativ og en politisk kontakt, men mangler en av dem</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation>Importer innbyggertall</translation>
    </message>
    <message>
        <source>Statistics Norway, table 07459 (*.csv *.json *.txt);;All files (*)</source>
        <translation>SSB, tabell 07459 (*.csv *.json *.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>The population of %n member(s) was updated.</source>
        <translation>
            <numerusform>Innbyggertallet for %n medlem ble oppdatert.</numerusform>
            <numerusform>Innbyggertallet for %n medlemmer ble oppdatert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Population…</source>
        <translation>Importer &amp;innbyggertall …</translation>
    </message>
    <message>
        <source>Set the members&apos; population from a file of Statistics Norway (table 07459)</source>
        <translation>Sett medlemmenes innbyggertall fra en fil fra SSB (tabell 07459)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n medlem importert.</numerusform>
            <numerusform>%n medlemmer importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation>Importer &amp;medlemmer …</translation>
    </message>
    <message>
        <source>Add members from a CSV file or an Excel workbook</source>
        <translation>Legg til medlemmer fra en CSV-fil eller en Excel-arbeidsbok</translation>
    </message>
</context>
<context>
    <name>Sekretariat::MunicipalityCatalogue</name>
    <message>
        <source>The official list “%1” cannot be read.</source>
        <translation>Den offisielle listen «%1» kan ikke leses.</translation>
    </message>
    <message>
        <source>The official list “%1” is empty.</source>
        <translation>Den offisielle listen «%1» er tom.</translation>
    </message>
    <message>
        <source>The official list “%1” has no column “%2”.</source>
        <translation>Den offisielle lista «%1» har ingen kolonne «%2».</translation>
    </message>
</context>
<context>
    <name>Sekretariat::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Nettverkets innstillinger</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Nettste&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Bankkonto:</translation>
    </message>
    <message>
        <source>Postal code and &amp;city:</source>
        <translation>Postnummer og -&amp;sted:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 sifre</translation>
    </message>
    <message>
        <source>The account members pay their dues to; checked by its MOD11 check digit.</source>
        <translation>Kontoen medlemmene betaler kontingenten til; kontrolleres med MOD11-kontrollsifferet.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Velg en logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The logo must be an image file of at most 2 MB.</source>
        <translation>Logoen må være en bildefil på høyst 2 MB.</translation>
    </message>
    <message>
        <source>“%1” is not an image this program can read.</source>
        <translation>«%1» er ikke et bilde dette programmet kan lese.</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>BIC (SWI&amp;FT):</source>
        <translation>BIC (S&amp;WIFT):</translation>
    </message>
    <message>
        <source>O&amp;ur reference:</source>
        <translation>Vår refe&amp;ranse:</translation>
    </message>
    <message>
        <source>NO and 13 digits</source>
        <translation>NO og 13 sifre</translation>
    </message>
    <message>
        <source>Printed with the BIC on documents in English, for payments from abroad.</source>
        <translation>Skrives sammen med BIC på engelske dokumenter, for betaling fra utlandet.</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 eller 11 tegn</translation>
    </message>
    <message>
        <source>Name of the secretariat&apos;s contact</source>
        <translation>Navnet på sekretariatets kontaktperson</translation>
    </message>
    <message>
        <source>“Our reference” on invoices: whom the member&apos;s invoice reception can ask.</source>
        <translation>«Vår ref.» på fakturaer: den medlemmets fakturamottak kan spørre.</translation>
    </message>
    <message>
        <source>Registered in the Register of Business &amp;Enterprises (Foretaksregisteret)</source>
        <translation>Registrert i &amp;Foretaksregisteret</translation>
    </message>
    <message>
        <source>Invoices then say “Foretaksregisteret” after the organisation number, as the law requires.</source>
        <translation>Fakturaene sier da «Foretaksregisteret» etter organisasjonsnummeret, slik loven krever.</translation>
    </message>
</context>
<context>
    <name>Sekretariat::OptionalDateEdit</name>
    <message>
        <source>Tick to set the date; leave it empty if there is none.</source>
        <translation>Kryss av for å sette datoen; la den stå tom hvis det ikke finnes noen.</translation>
    </message>
    <message>
        <source>Date set</source>
        <translation>Dato satt</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PaymentImportDialog</name>
    <message>
        <source>Matched</source>
        <translation>Avstemt</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Overbetalt</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ikke avstemt</translation>
    </message>
    <message>
        <source>Not a payment</source>
        <translation>Ikke en innbetaling</translation>
    </message>
    <message>
        <source>Waits for you</source>
        <translation>Venter på deg</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importert før</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Bokføres ikke</translation>
    </message>
    <message>
        <source>Import Payments – %1</source>
        <translation>Importer betalinger – %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Avstemming</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Outstanding after</source>
        <translation>Utestående etter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Book Payments</source>
        <translation>&amp;Bokfør betalinger</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 imported before. Payments whose KID matches an invoice are booked; the others wait for you.</source>
        <translation>
            <numerusform>%1, %n transaksjon: %2 å bokføre (%3), %4 venter på deg, %5 importert før. Betalinger med KID som passer til en faktura bokføres; de andre venter på deg.</numerusform>
            <numerusform>%1, %n transaksjoner: %2 å bokføre (%3), %4 venter på deg, %5 importert før. Betalinger med KID som passer til en faktura bokføres; de andre venter på deg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n Payment(s)</source>
        <translation>
            <numerusform>&amp;Bokfør %n betaling</numerusform>
            <numerusform>&amp;Bokfør %n betalinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Importer betalinger</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>Bokføres</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PaymentImportLogDialog</name>
    <message>
        <source>Imported Bank Files</source>
        <translation>Importerte bankfiler</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>Loggen kan ikke leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bank file(s) imported. A file is imported once; its log is never changed.</source>
        <translation>
            <numerusform>%n bankfil importert. En fil importeres én gang; loggen endres aldri.</numerusform>
            <numerusform>%n bankfiler importert. En fil importeres én gang; loggen endres aldri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksjoner</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokført</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Booked amount</source>
        <translation>Bokført beløp</translation>
    </message>
    <message>
        <source>Transmission %1</source>
        <translation>Forsendelse %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PeopleModel</name>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation>Medlem eller organisasjon</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Gjeldende roller</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PeoplePage</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people?</source>
        <translation>
            <numerusform>Slette denne personen?</numerusform>
            <numerusform>Slette disse %n personene?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Slett personer</translation>
    </message>
    <message>
        <source>Their roles are deleted with them. This cannot be undone.</source>
        <translation>Rollene deres slettes også. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 av %n person</numerusform>
            <numerusform>%1 av %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People at members</source>
        <translation>Personer hos medlemmer</translation>
    </message>
    <message>
        <source>Partners outside the membership</source>
        <translation>Partnere utenfor medlemskapet</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <source>Copy the e-mail addresses of the selected people (or of everyone shown) for the BCC field of an e-mail</source>
        <translation>Kopier e-postadressene til de valgte personene (eller alle som vises) til blindkopifeltet i en e-post</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (member, e-mail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy E-mail Addresses</source>
        <translation>Kopier e-postadresser</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>contacts-%1</source>
        <translation>kontakter-%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to %1.</source>
        <translation>
            <numerusform>%n kontaktkort skrevet til %1.</numerusform>
            <numerusform>%n kontaktkort skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contact &amp;Cards (vCard)…</source>
        <translation>Eksporter &amp;kontaktkort (vCard) …</translation>
    </message>
    <message>
        <source>Save the selected people (or everyone shown) as contact cards for Outlook, Apple Contacts or Thunderbird</source>
        <translation>Lagre de valgte personene (eller alle som vises) som kontaktkort for Outlook, Apple Kontakter eller Thunderbird</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>%n person importert.</numerusform>
            <numerusform>%n personer importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importer personer …</translation>
    </message>
    <message>
        <source>Add people from a CSV file or an Excel workbook</source>
        <translation>Legg til personer fra en CSV-fil eller en Excel-arbeidsbok</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PersonDialog</name>
    <message>
        <source>Person – %1</source>
        <translation>Person – %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>None – partner outside the membership</source>
        <translation>Ingen – partner utenfor medlemskapet</translation>
    </message>
    <message>
        <source>For partners: where they work</source>
        <translation>For partnere: hvor de arbeider</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation>&amp;Legg til rolle …</translation>
    </message>
    <message>
        <source>E&amp;dit role…</source>
        <translation>&amp;Endre rolle …</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Fjern rolle</translation>
    </message>
    <message>
        <source>Theme groups: %1</source>
        <translation>Temagrupper: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (member, e-mail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already in the register?</source>
        <translation>Allerede i registeret?</translation>
    </message>
    <message>
        <source>Someone in the register has the e-mail address %1:</source>
        <translation>Noen i registeret har e-postadressen %1:</translation>
    </message>
    <message>
        <source>Someone with this name is registered at %1 already:</source>
        <translation>Noen med dette navnet er allerede registrert hos %1:</translation>
    </message>
    <message>
        <source>Open the person registered, or save this one as another person?</source>
        <translation>Åpne personen som er registrert, eller lagre denne som en annen person?</translation>
    </message>
    <message>
        <source>Open Registered Person</source>
        <translation>Åpne registrert person</translation>
    </message>
    <message>
        <source>Save as Another Person</source>
        <translation>Lagre som en annen person</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse:</translation>
    </message>
    <message>
        <source>Post&amp;code and town:</source>
        <translation>Post&amp;nummer og sted:</translation>
    </message>
    <message>
        <source>Their own, if not their member&apos;s</source>
        <translation>Personens egen, hvis ikke medlemmets</translation>
    </message>
    <message>
        <source>0150</source>
        <translation>0150</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststed</translation>
    </message>
</context>
<context>
    <name>Sekretariat::PopulationImportDialog</name>
    <message>
        <source>Import Population – %1</source>
        <translation>Importer innbyggertall – %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Update Members</source>
        <translation>&amp;Oppdater medlemmer</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Innbyggertall</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>From the File</source>
        <translation>Fra filen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Dues %1 Now</source>
        <translation>Kontingent %1 nå</translation>
    </message>
    <message>
        <source>Dues %1 After</source>
        <translation>Kontingent %1 etter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>From / Why</source>
        <translation>Fra / hvorfor</translation>
    </message>
    <message>
        <source>%1 (renumbered since)</source>
        <translation>%1 (fått nytt nummer siden)</translation>
    </message>
    <message numerus="yes">
        <source>In the file, not &amp;matched to a municipality (%n):</source>
        <translation>
            <numerusform>I filen, ikke &amp;koblet til en kommune (%n):</numerusform>
            <numerusform>I filen, ikke &amp;koblet til en kommune (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the population on %2 of %n municipalities (%3).</source>
        <translation>
            <numerusform>%1: innbyggertallet per %2 for %n kommune (%3).</numerusform>
            <numerusform>%1: innbyggertallet per %2 for %n kommuner (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) get a new figure; the figures they have now stay in their history.</source>
        <translation>
            <numerusform>%n medlem får nytt tall; tallet det har nå blir stående i historikken.</numerusform>
            <numerusform>%n medlemmer får nytt tall; tallene de har nå blir stående i historikken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Update %n Member(s)</source>
        <translation>
            <numerusform>&amp;Oppdater %n medlem</numerusform>
            <numerusform>&amp;Oppdater %n medlemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Population</source>
        <translation>Importer innbyggertall</translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegisterPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Søk (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Type any part of a name, number, e-mail or other text shown in the table.</source>
        <translation>Skriv en del av et navn, nummer, en e-postadresse eller annen tekst som vises i tabellen.</translation>
    </message>
    <message>
        <source>The list could not be read from the database, so it may be incomplete or empty: %1</source>
        <translation>Listen kunne ikke leses fra databasen, så den kan være ufullstendig eller tom: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation>Tilpass kolonnene til vinduet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n rad eksportert til %1.</numerusform>
            <numerusform>%n rader eksportert til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1, skrevet ut %2</translation>
    </message>
    <message>
        <source>Print List: %1</source>
        <translation>Skriv ut liste: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Add a new one (Ctrl+N)</source>
        <translation>Legg til en ny (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Open the selected row (Enter or double-click)</source>
        <translation>Åpne den valgte raden (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <source>Delete the selected rows, after a question (Delete)</source>
        <translation>Slett de valgte radene, etter et spørsmål (Delete)</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>Eksporter liste …</translation>
    </message>
    <message>
        <source>Save the list as shown (filter, sort, columns) as CSV for Excel (Ctrl+E)</source>
        <translation>Lagre listen slik den vises (filter, sortering, kolonner) som CSV for Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print List…</source>
        <translation>Skriv ut liste …</translation>
    </message>
    <message>
        <source>Print the list as shown, with a preview (Ctrl+Shift+P)</source>
        <translation>Skriv ut listen slik den vises, med forhåndsvisning (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>The toolbar&apos;s short form of &quot;Export List…&quot;.</extracomment>
        <translation>Eksporter …</translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegistrationDialog</name>
    <message>
        <source>Registration – %1</source>
        <translation>Påmelding – %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Diet, access, other needs</source>
        <translation>Kost, tilgjengelighet, andre behov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Represents:</source>
        <translation>&amp;Representerer:</translation>
    </message>
    <message>
        <source>&amp;Comes as:</source>
        <translation>&amp;Kommer som:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Sekretariat::RegistrationsModel</name>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gjest)</translation>
    </message>
    <message>
        <source>%1 – from the waiting list, tell them</source>
        <translation>%1 – fra ventelisten, gi beskjed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation>Medlem eller organisasjon</translation>
    </message>
    <message>
        <source>Comes as</source>
        <translation>Kommer som</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Note (diet, access)</source>
        <translation>Merknad (kost, tilgjengelighet)</translation>
    </message>
</context>
<context>
    <name>Sekretariat::RoleDialog</name>
    <message>
        <source>Member: choose the member where the role is held.</source>
        <translation>Medlem: velg medlemmet der rollen innehas.</translation>
    </message>
    <message>
        <source>Until: the role cannot end before it starts.</source>
        <translation>Til: rollen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
</context>
<context>
    <name>Sekretariat::TableImportWizard</name>
    <message>
        <source>Import People – %1</source>
        <translation>Importer personer – %1</translation>
    </message>
    <message>
        <source>Import Members – %1</source>
        <translation>Importer medlemmer – %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Filen «%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importer personer</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Importer medlemmer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Regneark (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <source>Check that the letters (æ, ø, å) and the columns look right; if not, choose the file&apos;s encoding or separator.</source>
        <translation>Sjekk at bokstavene (æ, ø, å) og kolonnene ser riktige ut; hvis ikke, velg filens tegnkoding eller skilletegn.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Choose the field each column goes into; a column set to “(not imported)” is left out.</source>
        <translation>Velg feltet hver kolonne skal inn i; en kolonne satt til «(importeres ikke)» utelates.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Første rader</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Lagre &amp;kolonnevalg …</translation>
    </message>
    <message>
        <source>Keep the columns&apos; fields in a file, for the command line&apos;s --mapping</source>
        <translation>Ta vare på kolonnenes felt i en fil, for kommandolinjens --mapping</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Memb&amp;er of rows without one:</source>
        <translation>Me&amp;dlem for rader uten:</translation>
    </message>
    <message>
        <source>&amp;Role of rows without one:</source>
        <translation>&amp;Rolle for rader uten:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Every row as the forms would check it. Nothing is written until you choose Import, and then all of it in one go.</source>
        <translation>Hver rad kontrollert slik skjemaene ville gjort det. Ingenting skrives før du velger Importer, og da alt på én gang.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rader</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rader med feil</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikater</translation>
    </message>
    <message>
        <source>Rows with changes or warnings</source>
        <translation>Rader med endringer eller advarsler</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Hopp over dem</translation>
    </message>
    <message>
        <source>Merge them</source>
        <translation>Slå dem sammen</translation>
    </message>
    <message>
        <source>Add them as new people</source>
        <translation>Legg dem til som nye personer</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Bestem …</translation>
    </message>
    <message>
        <source>For the chosen duplicate: merge field by field, skip it or add it</source>
        <translation>For valgt duplikat: slå sammen felt for felt, hopp over eller legg til</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Lagre &amp;rapport …</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>&amp;People already in the register:</source>
        <translation>&amp;Personer som alt er i registeret:</translation>
    </message>
    <message>
        <source>&amp;Members already in the register:</source>
        <translation>&amp;Medlemmer som alt er i registeret:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>Excel workbook (the first sheet)</source>
        <translation>Excel-arbeidsbok (første ark)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header, </source>
        <translation>
            <numerusform>%1: %n rad under overskriften, </numerusform>
            <numerusform>%1: %n rader under overskriften, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n kolonne.</numerusform>
            <numerusform>%n kolonner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns go into “%1”; choose one of them.</source>
        <translation>To kolonner går inn i «%1»; velg én av dem.</translation>
    </message>
    <message>
        <source>Choose the column of the first names, the last names or the full names.</source>
        <translation>Velg kolonnen med fornavn, etternavn eller fulle navn.</translation>
    </message>
    <message>
        <source>Choose the column of the members&apos; numbers or names.</source>
        <translation>Velg kolonnen med medlemmenes nummer eller navn.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Lagre kolonnevalg</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Kolonnevalg (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Kolonnevalgene kunne ikke lagres: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Kontrollerer %n rad …</numerusform>
            <numerusform>Kontrollerer %n rader …</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was stopped. Go back and Next to check again.</source>
        <translation>Kontrollen ble stoppet. Gå tilbake og trykk Neste for å kontrollere igjen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n row(s) with errors and import the rest</source>
        <translation>
            <numerusform>&amp;Utelat raden med feil og importer resten</numerusform>
            <numerusform>&amp;Utelat de %n radene med feil og importer resten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Choose a row to read all that is said about it.</source>
        <translation>Velg en rad for å lese alt som er sagt om den.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>Sekretariat::ThemeGroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>Sekretariat::WaitingPaymentsDialog</name>
    <message>
        <source>Payments Waiting</source>
        <translation>Ventende betalinger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Payer or message</source>
        <translation>Betaler eller melding</translation>
    </message>
    <message>
        <source>Suggested invoice</source>
        <translation>Foreslått faktura</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Hvorfor den venter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Book on Invoice…</source>
        <translation>&amp;Bokfør på faktura …</translation>
    </message>
    <message>
        <source>&amp;Not Ours…</source>
        <translation>&amp;Ikke vår …</translation>
    </message>
    <message>
        <source>Set the payment aside: it is not the network&apos;s money (it stays in the import log).</source>
        <translation>Legg betalingen til side: det er ikke nettverkets penger (den blir stående i importloggen).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The waiting payments cannot be read: %1</source>
        <translation>De ventende betalingene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>No payment from the bank waits for you.</source>
        <translation>Ingen betaling fra banken venter på deg.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) from the bank could not be booked by their KID. Book each on its invoice, or set it aside if it is not the network&apos;s money.</source>
        <translation>
            <numerusform>%n betaling fra banken kunne ikke bokføres etter KID. Bokfør den på sin faktura, eller legg den til side hvis det ikke er nettverkets penger.</numerusform>
            <numerusform>%n betalinger fra banken kunne ikke bokføres etter KID. Bokfør hver på sin faktura, eller legg den til side hvis det ikke er nettverkets penger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a payment first.</source>
        <translation>Velg en betaling først.</translation>
    </message>
    <message>
        <source>Book on Invoice</source>
        <translation>Bokfør på faktura</translation>
    </message>
    <message>
        <source>The invoice number the payment of %1 belongs to:</source>
        <translation>Fakturanummeret betalingen på %1 hører til:</translation>
    </message>
    <message>
        <source>Invoice: “%1” is not an invoice number.</source>
        <translation>Faktura: «%1» er ikke et fakturanummer.</translation>
    </message>
    <message>
        <source>Not Ours</source>
        <translation>Ikke vår</translation>
    </message>
    <message>
        <source>Set the payment of %1 on %2 aside as not the network&apos;s money? It is not booked, and cannot be booked later.</source>
        <translation>Legge betalingen på %1 fra %2 til side som ikke nettverkets penger? Den bokføres ikke, og kan ikke bokføres senere.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@host:port/database.</source>
        <translation>«%1» er ikke en tjeneradresse. Skriv den som postgresql://bruker@vert:port/database.</translation>
    </message>
    <message>
        <source>The server address “%1” needs a host and a database: postgresql://user@host:port/database.</source>
        <translation>Tjeneradressen «%1» må ha en vert og en database: postgresql://bruker@vert:port/database.</translation>
    </message>
    <message>
        <source>The server address “%1” has no valid port.</source>
        <translation>Tjeneradressen «%1» har ingen gyldig port.</translation>
    </message>
    <message>
        <source>The server address “%1” has an option this program does not know: %2=%3. Only sslmode (%4) may be given.</source>
        <translation>Tjeneradressen «%1» har et valg programmet ikke kjenner: %2=%3. Bare sslmode (%4) kan oppgis.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWorkbook</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the workbook: %1</source>
        <translation>Ingen midlertidig mappe for arbeidsboken: %1</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Arbeidsboken kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Arbeidsboken kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>Arbeidsboken kunne ikke leses tilbake: %1</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement of account</source>
        <translation>Kontoutskrift</translation>
    </message>
    <message>
        <source>statement</source>
        <extracomment>Starts a PDF file name: lower case, no spaces.</extracomment>
        <translation>kontoutskrift</translation>
    </message>
    <message>
        <source>Invoice %1, membership dues %2</source>
        <translation>Faktura %1, medlemskontingent %2</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2</source>
        <translation>Kreditnota %1 for faktura %2</translation>
    </message>
    <message>
        <source>Payment received, invoice %1</source>
        <translation>Innbetaling, faktura %1</translation>
    </message>
    <message>
        <source>Payment taken back or refunded, invoice %1</source>
        <translation>Innbetaling tatt tilbake eller tilbakebetalt, faktura %1</translation>
    </message>
    <message>
        <source>2nd reminder</source>
        <translation>2. purring</translation>
    </message>
    <message>
        <source>Notice of hand-over</source>
        <translation>Melding om oversendelse</translation>
    </message>
    <message>
        <source>1st reminder</source>
        <translation>1. purring</translation>
    </message>
    <message>
        <source>%1 for invoice %2, with reminder fee</source>
        <translation>%1 for faktura %2, med purregebyr</translation>
    </message>
    <message>
        <source>%1 for invoice %2</source>
        <translation>%1 for faktura %2</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Nothing has been invoiced yet.</source>
        <translation>Ingenting er fakturert ennå.</translation>
    </message>
    <message>
        <source>Balance on %1</source>
        <translation>Saldo per %1</translation>
    </message>
    <message>
        <source>You owe %1. Please pay each invoice with its own KID to account %2.</source>
        <translation>Dere skylder %1. Betal hver faktura med sin egen KID til konto %2.</translation>
    </message>
    <message>
        <source>%1 is in your favour. We set it against your next invoice, unless you ask us to pay it back.</source>
        <translation>Dere har %1 til gode. Vi motregner beløpet i neste faktura, med mindre dere ber oss betale det tilbake.</translation>
    </message>
    <message>
        <source>Your account is settled: nothing is owed either way.</source>
        <translation>Kontoen er gjort opp: ingen av oss skylder noe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>TableFileReader</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Filen har ingen rader.</translation>
    </message>
    <message>
        <source>The file is neither CSV text nor an Excel workbook (.xlsx).</source>
        <translation>Filen er verken CSV-tekst eller en Excel-arbeidsbok (.xlsx).</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Filen «%1» kan ikke leses: %2</translation>
    </message>
</context>
<context>
    <name>TableImportCommands</name>
    <message>
        <source>--duplicates is skip, merge or add.</source>
        <translation>--duplicates er skip, merge eller add.</translation>
    </message>
    <message>
        <source>--duplicates is skip or merge: a member cannot be added twice.</source>
        <translation>--duplicates er skip eller merge: et medlem kan ikke legges til to ganger.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Rapporten kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows with errors in the file, or leave their columns out with --mapping.</source>
        <translation>Ingenting ble skrevet: rett radene med feil i filen, eller utelat kolonnene deres med --mapping.</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Ingenting ble skrevet (prøvekjøring).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Skrevet i én transaksjon.</translation>
    </message>
</context>
<context>
    <name>TableImportWriter</name>
    <message>
        <source>%1 was changed in the register after the check, and a merge would write over it; check the file again.</source>
        <translation>%1 ble endret i registeret etter kontrollen, og en sammenslåing ville skrevet over det; kontroller filen på nytt.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation>%1 er ikke lenger i registeret.</translation>
    </message>
</context>
<context>
    <name>ThemeGroupRepository</name>
    <message>
        <source>The group to change was not given.</source>
        <translation>Gruppa som skal endres, ble ikke oppgitt.</translation>
    </message>
    <message>
        <source>Name: the group needs a name.</source>
        <translation>Navn: gruppa trenger et navn.</translation>
    </message>
    <message>
        <source>Ends: the group cannot end before it starts.</source>
        <translation>Slutter: gruppa kan ikke slutte før den starter.</translation>
    </message>
    <message>
        <source>Name: there is a group called “%1” already.</source>
        <translation>Navn: det finnes allerede en gruppe som heter «%1».</translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>Gruppa kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Gruppa finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The group could not be deleted: %1</source>
        <translation>Gruppa kunne ikke slettes: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Kunne ikke starte en transaksjon: %1</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Databasen avviste endringen: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Kunne ikke lagre endringene: %1</translation>
    </message>
    <message>
        <source>The database is open read-only, because another program has it open for writing; nothing was changed.</source>
        <translation>Databasen er åpnet skrivebeskyttet, fordi et annet program har den åpen for skriving; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The change could not be recorded: %1</source>
        <translation>Endringen kunne ikke registreres: %1</translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>A person was deleted meanwhile; export again.</source>
        <translation>En person ble slettet i mellomtiden; eksporter på nytt.</translation>
    </message>
</context>
<context>
    <name>Write</name>
    <message>
        <source>the row no longer exists</source>
        <translation>raden finnes ikke lenger</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>Filen er ikke en Excel-arbeidsbok (.xlsx), eller den er skadet.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet that can be read.</source>
        <translation>Arbeidsboken har ikke noe regneark som kan leses.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet cannot be read: %1</source>
        <translation>Arbeidsbokens regneark kan ikke leses: %1</translation>
    </message>
</context>
</TS>
