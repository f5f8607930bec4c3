-- Schema v12: the population figures a member has had, with their dates. The
-- member row keeps the current figure (what the next dues run uses); every
-- figure it ever had stays here, whoever wrote it (the member form, an import
-- of Statistics Norway's table 07459), so a dues amount can be explained later.
-- Triggers write the history, so no path that changes a member can forget it.
CREATE TABLE IF NOT EXISTS population_history (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    population      INTEGER NOT NULL CHECK (population >= 0),
    population_date TEXT,
    recorded_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS population_history_member ON population_history (member_id, population_date);

-- The figures the members have now are the first entries of their history.
INSERT INTO population_history (member_id, population, population_date)
    SELECT id, population, population_date FROM members;

CREATE TRIGGER IF NOT EXISTS members_population_added AFTER INSERT ON members
BEGIN
    INSERT INTO population_history (member_id, population, population_date)
        VALUES (NEW.id, NEW.population, NEW.population_date);
END;

CREATE TRIGGER IF NOT EXISTS members_population_changed AFTER UPDATE OF population, population_date ON members
    WHEN NEW.population IS NOT OLD.population OR NEW.population_date IS NOT OLD.population_date
BEGIN
    INSERT INTO population_history (member_id, population, population_date)
        VALUES (NEW.id, NEW.population, NEW.population_date);
END;
