-- Schema v9: addresses an electronic invoice (EHF) can carry. The member's
-- invoice_address keeps the street lines; the postcode, town and country stand
-- apart (the update splits an address whose last line is "NNNN Town", see
-- MigrationSteps; others keep all their lines and an empty postcode, which the
-- dues run reports until the user completes it). electronic_address is the
-- buyer's Peppol participant id; empty means "0192:" and the organisation number.
ALTER TABLE members ADD COLUMN invoice_postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN invoice_city TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN invoice_country TEXT NOT NULL DEFAULT 'NO';
ALTER TABLE members ADD COLUMN electronic_address TEXT NOT NULL DEFAULT '';
-- Municipalities and county municipalities are public buyers: EHF unless told otherwise.
ALTER TABLE members ADD COLUMN receives_ehf INTEGER NOT NULL DEFAULT 1 CHECK (receives_ehf IN (0, 1));
-- The network's own: whether it is in Foretaksregisteret (the Register of
-- Business Enterprises), which an invoice must then say.
ALTER TABLE network_settings ADD COLUMN in_business_register INTEGER NOT NULL DEFAULT 0
    CHECK (in_business_register IN (0, 1));
