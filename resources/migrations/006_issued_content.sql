-- Schema v6: a document shows what it showed when it was issued.
--
-- Until v5 the seller (name, address, account, logo) and the VAT statement were
-- read from the settings whenever a document was drawn, so a reprint after a
-- change of settings differed from what the member got. From v6 every invoice,
-- credit note and reminder carries, as JSON, what it took from elsewhere at
-- issue (IssuedContent): written in the same transaction as the row, never
-- changed (the triggers below), and covered by format 2 of the bookkeeping chain.
ALTER TABLE invoices ADD COLUMN issued_content TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN issued_content TEXT NOT NULL DEFAULT '';

-- The documents issued before v6: frozen now, with the settings as they are at
-- this update (the best that is known of them), and marked so. The "never
-- changed" triggers step aside for this one statement each and come back as
-- they were; format 1 of the chain does not cover the new column, so their
-- links still match.
CREATE TEMP VIEW settings_at_update AS
SELECT json_object(
    'format', 1,
    'takenAt', 'update',
    'seller', json_object(
        'name', s.name, 'organisationNumber', s.organisation_number, 'address', s.address,
        'postalCode', s.postal_code, 'city', s.city, 'email', s.email, 'phone', s.phone,
        'website', s.website, 'bankAccount', s.bank_account, 'logo', coalesce(hex(s.logo), '')),
    'vatRegistered', json(CASE WHEN d.vat_registered = 1 THEN 'true' ELSE 'false' END)) AS content
FROM network_settings s, dues_settings d WHERE s.id = 1 AND d.id = 1;

DROP TRIGGER IF EXISTS invoices_are_never_changed;
UPDATE invoices SET issued_content = coalesce((SELECT content FROM settings_at_update), '')
WHERE issued_content = '';
CREATE TRIGGER IF NOT EXISTS invoices_are_never_changed BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note');
END;

DROP TRIGGER IF EXISTS reminders_are_never_changed;
UPDATE reminders SET issued_content = coalesce((SELECT content FROM settings_at_update), '')
WHERE issued_content = '';
CREATE TRIGGER IF NOT EXISTS reminders_are_never_changed BEFORE UPDATE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be changed');
END;

DROP VIEW settings_at_update;
