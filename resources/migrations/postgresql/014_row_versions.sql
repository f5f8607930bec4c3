-- Schema v14 on a PostgreSQL server (see ../014_row_versions.sql). The version
-- is raised before the row is written, in the same row: an UPDATE that left it
-- as it was gets the next one, whoever wrote it.
ALTER TABLE members ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE event_registrations ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;

CREATE OR REPLACE FUNCTION raise_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER members_row_version BEFORE UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION raise_row_version();
CREATE TRIGGER people_row_version BEFORE UPDATE ON people
    FOR EACH ROW EXECUTE FUNCTION raise_row_version();
CREATE TRIGGER events_row_version BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION raise_row_version();
CREATE TRIGGER event_registrations_row_version BEFORE UPDATE ON event_registrations
    FOR EACH ROW EXECUTE FUNCTION raise_row_version();
