-- Schema v7: what an invoice needs beyond the Norwegian account. "Vår ref." (the
-- secretariat's contact for the member's invoice reception), and IBAN and BIC for
-- the documents in English, which may be paid from abroad.
ALTER TABLE network_settings ADD COLUMN our_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE network_settings ADD COLUMN iban TEXT NOT NULL DEFAULT '';
ALTER TABLE network_settings ADD COLUMN bic TEXT NOT NULL DEFAULT '';
