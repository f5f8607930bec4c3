-- Schema v6 on a PostgreSQL server (see ../006_issued_content.sql). A server
-- register is set up by all the migrations at once, before any document is
-- issued, so there are no earlier documents to freeze.
ALTER TABLE invoices ADD COLUMN issued_content TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN issued_content TEXT NOT NULL DEFAULT '';
