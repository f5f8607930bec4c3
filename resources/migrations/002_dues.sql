-- Schema v2: dues rates, invoices and credit notes, payments and reminders.
-- Amounts are integer øre. Issued invoices are never changed or deleted
-- (bookkeeping law): the triggers below enforce it whatever the program does.

CREATE TABLE IF NOT EXISTS dues_rates (
    year                  INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    rate_ore              INTEGER CHECK (rate_ore IS NULL OR rate_ore > 0),
    deflator_basis_points INTEGER CHECK (deflator_basis_points IS NULL OR deflator_basis_points > -10000),
    floor_ore             INTEGER CHECK (floor_ore IS NULL OR floor_ore >= 0),
    cap_ore               INTEGER CHECK (cap_ore IS NULL OR cap_ore > 0),
    CHECK (rate_ore IS NOT NULL OR deflator_basis_points IS NOT NULL),
    CHECK (floor_ore IS NULL OR cap_ore IS NULL OR floor_ore <= cap_ore)
);
INSERT OR IGNORE INTO dues_rates (year, rate_ore, floor_ore, cap_ore) VALUES (2024, 223, 500000, 9000000);

CREATE TABLE IF NOT EXISTS dues_settings (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    payment_terms_days    INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    pro_rata_new_members  INTEGER NOT NULL DEFAULT 0 CHECK (pro_rata_new_members IN (0, 1)),
    vat_registered        INTEGER NOT NULL DEFAULT 0 CHECK (vat_registered IN (0, 1)),
    reminder_terms_days   INTEGER NOT NULL DEFAULT 14 CHECK (reminder_terms_days BETWEEN 0 AND 365)
);
INSERT OR IGNORE INTO dues_settings (id) VALUES (1);

CREATE TABLE IF NOT EXISTS number_sequences (
    name                  TEXT PRIMARY KEY,
    next_value            INTEGER NOT NULL CHECK (next_value > 0)
);
INSERT OR IGNORE INTO number_sequences (name, next_value) VALUES ('invoice', 1);

CREATE TABLE IF NOT EXISTS invoices (
    id                        INTEGER PRIMARY KEY,
    number                    INTEGER NOT NULL UNIQUE CHECK (number > 0),
    kind                      TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    credits_invoice_id        INTEGER REFERENCES invoices (id) ON DELETE RESTRICT,
    member_id                 INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
    year                      INTEGER NOT NULL,
    issue_date                TEXT NOT NULL,
    due_date                  TEXT NOT NULL,
    kid                       TEXT NOT NULL,
    buyer_name                TEXT NOT NULL,
    buyer_number              TEXT NOT NULL,
    buyer_organisation_number TEXT NOT NULL DEFAULT '',
    buyer_address             TEXT NOT NULL DEFAULT '',
    buyer_email               TEXT NOT NULL DEFAULT '',
    buyer_reference           TEXT NOT NULL DEFAULT '',
    language                  TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en')),
    population                INTEGER NOT NULL DEFAULT 0,
    population_date           TEXT,
    rate_ore                  INTEGER NOT NULL DEFAULT 0,
    rule                      TEXT NOT NULL DEFAULT 'rate' CHECK (rule IN ('rate', 'floor', 'cap', 'county')),
    months                    INTEGER NOT NULL DEFAULT 12 CHECK (months BETWEEN 1 AND 12),
    note                      TEXT NOT NULL DEFAULT '',
    amount_ore                INTEGER NOT NULL,
    created_at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((kind = 'invoice' AND credits_invoice_id IS NULL AND amount_ore > 0)
        OR (kind = 'credit_note' AND credits_invoice_id IS NOT NULL AND amount_ore < 0))
);
CREATE INDEX IF NOT EXISTS invoices_member_year ON invoices (member_id, year);
CREATE INDEX IF NOT EXISTS invoices_credits ON invoices (credits_invoice_id);

CREATE TRIGGER IF NOT EXISTS invoices_are_never_changed BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;
CREATE TRIGGER IF NOT EXISTS invoices_are_never_deleted BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note');
END;

CREATE TABLE IF NOT EXISTS payments (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    paid_on     TEXT NOT NULL,
    amount_ore  INTEGER NOT NULL CHECK (amount_ore <> 0),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS payments_invoice ON payments (invoice_id);
-- A wrong payment is reversed by a negative one, never edited away.
CREATE TRIGGER IF NOT EXISTS payments_are_never_changed BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a registered payment cannot be changed; register a correction');
END;
CREATE TRIGGER IF NOT EXISTS payments_are_never_deleted BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a registered payment cannot be deleted; register a correction');
END;

CREATE TABLE IF NOT EXISTS reminders (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    reminded_on  TEXT NOT NULL,
    new_due_date TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS reminders_invoice ON reminders (invoice_id);
