-- Schema v8: the language an event's documents (the participant list) are
-- written in, as a member's documents have one; bokmål unless set.
ALTER TABLE events ADD COLUMN language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en'));
