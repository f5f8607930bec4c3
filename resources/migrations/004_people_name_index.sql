-- Schema v4: the people register is read in name order; an index in that order
-- spares SQLite a sort of every person (time and memory) each time it is opened.
CREATE INDEX IF NOT EXISTS people_by_name ON people (last_name, first_name, id);
