-- Schema v3: events with their registrations, and theme groups.
-- Event times are the network's local wall-clock time (Europe/Oslo) as ISO text
-- (YYYY-MM-DDTHH:MM:SS); moments the program records (registered, promoted,
-- cancelled) are UTC with milliseconds and a Z, so the waiting list keeps its order.

CREATE TABLE IF NOT EXISTS events (
    id                    INTEGER PRIMARY KEY,
    type                  TEXT NOT NULL CHECK (type IN ('network_gathering', 'general_assembly',
                              'administrative_gathering', 'course', 'folketanken', 'conference',
                              'webinar', 'other')),
    title                 TEXT NOT NULL CHECK (length(title) > 0),
    starts_at             TEXT NOT NULL,
    ends_at               TEXT NOT NULL,
    place                 TEXT NOT NULL DEFAULT '',
    online_link           TEXT NOT NULL DEFAULT '',
    capacity              INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),  -- 0: unlimited
    registration_deadline TEXT,
    fee_ore               INTEGER NOT NULL DEFAULT 0 CHECK (fee_ore >= 0),
    description           TEXT NOT NULL DEFAULT '',
    annual_gathering      INTEGER NOT NULL DEFAULT 0 CHECK (annual_gathering IN (0, 1)),
    uid                   TEXT NOT NULL UNIQUE,  -- the iCalendar UID; never changes
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_at >= starts_at),
    CHECK (annual_gathering = 0 OR type = 'network_gathering')
);
CREATE INDEX IF NOT EXISTS events_starts_at ON events (starts_at);
-- The repository says it in words first; this keeps it true whatever writes.
CREATE UNIQUE INDEX IF NOT EXISTS events_one_annual_gathering_a_year
    ON events (substr(starts_at, 1, 4)) WHERE annual_gathering = 1;

CREATE TABLE IF NOT EXISTS event_registrations (
    id                 INTEGER PRIMARY KEY,
    event_id           INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- A person from the register, or a guest typed in (name and e-mail).
    -- Deleting a person deletes their registrations: personal data goes with them.
    person_id          INTEGER REFERENCES people (id) ON DELETE CASCADE,
    guest_name         TEXT NOT NULL DEFAULT '',
    guest_email        TEXT NOT NULL DEFAULT '',
    member_id          INTEGER REFERENCES members (id) ON DELETE SET NULL,  -- the member represented
    participant_role   TEXT NOT NULL DEFAULT 'other'
                       CHECK (participant_role IN ('administrative', 'political', 'other')),
    status             TEXT NOT NULL DEFAULT 'registered'
                       CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')),
    note               TEXT NOT NULL DEFAULT '',
    registered_at      TEXT NOT NULL,
    promoted_at        TEXT,      -- moved up from the waiting list
    promotion_told_at  TEXT,      -- the secretariat told them
    cancelled_at       TEXT,
    CHECK ((person_id IS NULL) = (length(guest_name) > 0)),
    UNIQUE (event_id, person_id)
);
CREATE INDEX IF NOT EXISTS event_registrations_event ON event_registrations (event_id, status, registered_at);
CREATE INDEX IF NOT EXISTS event_registrations_member ON event_registrations (member_id);
CREATE INDEX IF NOT EXISTS event_registrations_person ON event_registrations (person_id);

CREATE TABLE IF NOT EXISTS theme_groups (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    theme        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    starts_on    TEXT,
    ends_on      TEXT,
    leader_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- The people of a group: from members or partners outside the membership.
CREATE TABLE IF NOT EXISTS theme_group_participants (
    group_id     INTEGER NOT NULL REFERENCES theme_groups (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX IF NOT EXISTS theme_group_participants_person ON theme_group_participants (person_id);
