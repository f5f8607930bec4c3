-- Schema v10: payments that come from the bank's files. Each file imported is
-- logged once (its SHA-256 is unique: the same file a second time books
-- nothing); each booked payment keeps the bank's reference (unique: the same
-- transaction in another file is not booked twice) and the file it came from.
-- What could not be booked at once (no KID, a suggestion, an overpayment)
-- waits in the queue for the user. The log and the references are never
-- changed, like the payments they describe.
CREATE TABLE IF NOT EXISTS payment_imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    checksum      TEXT NOT NULL UNIQUE,
    format        TEXT NOT NULL,
    transmission  TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    transactions  INTEGER NOT NULL,
    booked        INTEGER NOT NULL,
    waiting       INTEGER NOT NULL,
    total_ore     INTEGER NOT NULL,
    booked_ore    INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS payment_imports_are_never_changed BEFORE UPDATE ON payment_imports
BEGIN
    SELECT RAISE(ABORT, 'the log of an imported bank file cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS payment_imports_are_never_deleted BEFORE DELETE ON payment_imports
BEGIN
    SELECT RAISE(ABORT, 'the log of an imported bank file cannot be deleted');
END;

CREATE TABLE IF NOT EXISTS payment_bank_references (
    payment_id      INTEGER PRIMARY KEY REFERENCES payments (id) ON DELETE RESTRICT,
    bank_reference  TEXT NOT NULL UNIQUE,
    import_id       INTEGER NOT NULL REFERENCES payment_imports (id) ON DELETE RESTRICT
);
CREATE TRIGGER IF NOT EXISTS payment_bank_references_are_never_changed BEFORE UPDATE ON payment_bank_references
BEGIN
    SELECT RAISE(ABORT, 'the bank reference of a payment cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS payment_bank_references_are_never_deleted BEFORE DELETE ON payment_bank_references
BEGIN
    SELECT RAISE(ABORT, 'the bank reference of a payment cannot be deleted');
END;

CREATE TABLE IF NOT EXISTS bank_transactions_waiting (
    id              INTEGER PRIMARY KEY,
    import_id       INTEGER NOT NULL REFERENCES payment_imports (id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    bank_reference  TEXT NOT NULL UNIQUE,
    booking_date    TEXT,
    amount_ore      INTEGER NOT NULL,
    kid             TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL DEFAULT '',
    payer_name      TEXT NOT NULL DEFAULT '',
    payer_account   TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('suggested', 'unmatched', 'overpaid')),
    invoice_id      INTEGER REFERENCES invoices (id) ON DELETE RESTRICT,  -- the suggestion, if any
    reason          TEXT NOT NULL DEFAULT '',
    -- What the user made of it: still waiting, booked on an invoice, or not the network's money.
    resolution      TEXT NOT NULL DEFAULT 'waiting' CHECK (resolution IN ('waiting', 'booked', 'not_ours')),
    payment_id      INTEGER REFERENCES payments (id) ON DELETE RESTRICT,
    resolved_at     TEXT
);
CREATE TRIGGER IF NOT EXISTS waiting_transactions_are_resolved_once BEFORE UPDATE ON bank_transactions_waiting
WHEN OLD.resolution <> 'waiting'
BEGIN
    SELECT RAISE(ABORT, 'a bank transaction that was booked or set aside cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS waiting_transactions_are_never_deleted BEFORE DELETE ON bank_transactions_waiting
BEGIN
    SELECT RAISE(ABORT, 'a bank transaction from an imported file cannot be deleted');
END;
