-- Schema v11: dunning in steps. An overdue invoice gets a 1st reminder, then a
-- 2nd, then is handed over (to the board or to debt collection); each step has
-- its days and its own text in the settings. A reminder may carry a fee (none
-- by default; the program keeps it within the legal maximum). Each reminder
-- row says which step it was and the fee it charged: a fee is owed like the
-- invoice, and is covered by format 3 of the bookkeeping chain.
ALTER TABLE dues_settings ADD COLUMN first_reminder_days INTEGER NOT NULL DEFAULT 14
    CHECK (first_reminder_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN second_reminder_days INTEGER NOT NULL DEFAULT 14
    CHECK (second_reminder_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN handover_days INTEGER NOT NULL DEFAULT 14
    CHECK (handover_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN first_reminder_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN second_reminder_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN handover_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN reminder_fee_ore INTEGER NOT NULL DEFAULT 0 CHECK (reminder_fee_ore >= 0);

ALTER TABLE reminders ADD COLUMN step INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 3);
ALTER TABLE reminders ADD COLUMN fee_ore INTEGER NOT NULL DEFAULT 0 CHECK (fee_ore >= 0);

-- The reminders sent before: their step by their order (a third or later one
-- counts as the hand-over), no fee. Format 2 of the chain does not cover the
-- new columns, so their links still match.
DROP TRIGGER IF EXISTS reminders_are_never_changed;
UPDATE reminders SET step = (
    SELECT CASE WHEN count(*) >= 3 THEN 3 ELSE count(*) END FROM reminders r
    WHERE r.invoice_id = reminders.invoice_id AND r.id <= reminders.id);
CREATE TRIGGER IF NOT EXISTS reminders_are_never_changed BEFORE UPDATE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be changed');
END;
