-- Schema v14: a version on every row people edit in a form (members, people,
-- events, registrations). A form saves only over the version it read; one that
-- someone else saved meanwhile is refused instead of quietly overwritten.
-- Triggers raise the version on every change, whoever writes it (a form, an
-- import, a population update, a later tool), so no path can forget it.
ALTER TABLE members ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event_registrations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER IF NOT EXISTS members_row_version AFTER UPDATE ON members
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE members SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS people_row_version AFTER UPDATE ON people
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE people SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

-- A person's roles are saved with the person (their form is the only way to
-- change them), and that UPDATE of the person raises the person's version.

CREATE TRIGGER IF NOT EXISTS events_row_version AFTER UPDATE ON events
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE events SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS event_registrations_row_version AFTER UPDATE ON event_registrations
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE event_registrations SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
