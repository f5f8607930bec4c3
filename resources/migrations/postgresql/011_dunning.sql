-- Schema v11 on a PostgreSQL server (see ../011_dunning.sql).
ALTER TABLE dues_settings ADD COLUMN first_reminder_days INTEGER NOT NULL DEFAULT 14
    CHECK (first_reminder_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN second_reminder_days INTEGER NOT NULL DEFAULT 14
    CHECK (second_reminder_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN handover_days INTEGER NOT NULL DEFAULT 14
    CHECK (handover_days BETWEEN 0 AND 365);
ALTER TABLE dues_settings ADD COLUMN first_reminder_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN second_reminder_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN handover_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dues_settings ADD COLUMN reminder_fee_ore BIGINT NOT NULL DEFAULT 0 CHECK (reminder_fee_ore >= 0);

-- No reminder is sent before a server register reaches this version (it is set
-- up at once), so the new columns' defaults are all there is to it.
ALTER TABLE reminders ADD COLUMN step INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 3);
ALTER TABLE reminders ADD COLUMN fee_ore BIGINT NOT NULL DEFAULT 0 CHECK (fee_ore >= 0);
