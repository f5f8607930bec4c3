-- Schema v1: the network's own settings, members, people and their roles.
-- Dates are ISO 8601 text (YYYY-MM-DD); empty dates are NULL.

CREATE TABLE IF NOT EXISTS network_settings (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL DEFAULT '',
    organisation_number TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    postal_code         TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    website             TEXT NOT NULL DEFAULT '',
    bank_account        TEXT NOT NULL DEFAULT '',
    logo                BLOB
);
INSERT OR IGNORE INTO network_settings (id) VALUES (1);

CREATE TABLE IF NOT EXISTS members (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('municipality', 'county')),
    number              TEXT NOT NULL CHECK (length(number) > 0),
    name                TEXT NOT NULL CHECK (length(name) > 0),
    county_number       TEXT NOT NULL DEFAULT '',
    county_name         TEXT NOT NULL DEFAULT '',
    population          INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
    population_date     TEXT,
    organisation_number TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'prospect'
                        CHECK (status IN ('prospect', 'applied', 'decided', 'active', 'resigned')),
    first_contact_on    TEXT,
    applied_on          TEXT,
    decision_on         TEXT,
    decision_reference  TEXT NOT NULL DEFAULT '',
    active_from         TEXT,
    resigned_on         TEXT,
    invoice_address     TEXT NOT NULL DEFAULT '',
    invoice_email       TEXT NOT NULL DEFAULT '',
    buyer_reference     TEXT NOT NULL DEFAULT '',
    document_language   TEXT NOT NULL DEFAULT 'nb' CHECK (document_language IN ('nb', 'nn', 'en')),
    website             TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (kind, number)
);

CREATE TABLE IF NOT EXISTS people (
    id                  INTEGER PRIMARY KEY,
    first_name          TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    member_id           INTEGER REFERENCES members (id) ON DELETE RESTRICT,
    organisation        TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    CHECK (length(first_name) + length(last_name) > 0)
);
CREATE INDEX IF NOT EXISTS people_member ON people (member_id);

CREATE TABLE IF NOT EXISTS roles (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    member_id           INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
    role                TEXT NOT NULL CHECK (role IN ('administrative_contact', 'political_contact',
                            'public_health_coordinator', 'board_member',
                            'general_assembly_delegate', 'other')),
    valid_from          TEXT,
    valid_to            TEXT,
    note                TEXT NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX IF NOT EXISTS roles_person ON roles (person_id);
CREATE INDEX IF NOT EXISTS roles_member ON roles (member_id, role);
