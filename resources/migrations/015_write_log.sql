-- Schema v15: who wrote, and when: one row for every write the program makes
-- (one user action, one transaction), with the name of the user signed in to
-- the computer. The audit log of a later version builds on it; until then it
-- answers "who changed the register on Tuesday?".
CREATE TABLE IF NOT EXISTS write_log (
    id          INTEGER PRIMARY KEY,
    user_name   TEXT NOT NULL,
    written_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
