-- Schema v5: bookkeeping that no tool outside the program can change silently.
--
-- SQLite fires no DELETE trigger when REPLACE (or INSERT OR REPLACE) removes a
-- row that conflicts, so the "never deleted" triggers of v2 let `REPLACE INTO
-- invoices ...` overwrite an issued invoice. A BEFORE INSERT trigger runs before
-- the conflict is resolved and refuses any insert that names an existing row.
CREATE TRIGGER IF NOT EXISTS invoices_are_never_replaced BEFORE INSERT ON invoices
WHEN EXISTS (SELECT 1 FROM invoices WHERE id = NEW.id OR number = NEW.number)
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be replaced; issue a credit note');
END;
CREATE TRIGGER IF NOT EXISTS payments_are_never_replaced BEFORE INSERT ON payments
WHEN EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a registered payment cannot be replaced; register a correction');
END;

-- A reminder is a document sent to the member: kept as sent, like the invoice.
CREATE TRIGGER IF NOT EXISTS reminders_are_never_changed BEFORE UPDATE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS reminders_are_never_deleted BEFORE DELETE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be deleted');
END;
CREATE TRIGGER IF NOT EXISTS reminders_are_never_replaced BEFORE INSERT ON reminders
WHEN EXISTS (SELECT 1 FROM reminders WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be replaced');
END;

-- A chain of hashes over every issued document and payment, in the order they
-- were written: each link's hash covers the row's content and the previous
-- link's hash, so `check` names any row changed, removed or added by another
-- tool. The program appends a link in the transaction that writes the row; the
-- rows written before this version are linked by the migration (MigrationSteps).
CREATE TABLE IF NOT EXISTS bookkeeping_chain (
    seq         INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL CHECK (table_name IN ('invoices', 'payments', 'reminders')),
    row_id      INTEGER NOT NULL,
    format      INTEGER NOT NULL DEFAULT 1,
    hash        TEXT NOT NULL,
    UNIQUE (table_name, row_id)
);
CREATE TRIGGER IF NOT EXISTS bookkeeping_chain_is_never_changed BEFORE UPDATE ON bookkeeping_chain
BEGIN
    SELECT RAISE(ABORT, 'the bookkeeping chain cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS bookkeeping_chain_is_never_deleted BEFORE DELETE ON bookkeeping_chain
BEGIN
    SELECT RAISE(ABORT, 'the bookkeeping chain cannot be deleted');
END;
CREATE TRIGGER IF NOT EXISTS bookkeeping_chain_is_never_replaced BEFORE INSERT ON bookkeeping_chain
WHEN EXISTS (SELECT 1 FROM bookkeeping_chain
             WHERE seq = NEW.seq OR (table_name = NEW.table_name AND row_id = NEW.row_id))
BEGIN
    SELECT RAISE(ABORT, 'the bookkeeping chain cannot be replaced');
END;
