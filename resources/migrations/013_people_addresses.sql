-- Schema v13: a person's own postal address (street lines, postcode, town).
-- Partners outside the membership have no member whose address stands for
-- theirs, and imported contact lists carry addresses; empty means "the member's".
ALTER TABLE people ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN city TEXT NOT NULL DEFAULT '';
