-- Known nights: the user said "no cramps" for a night. A night with an episode never keeps its mark (logging an
-- episode removes it), so a row here means NO_CRAMPS; a night with neither is UNKNOWN, never cramp-free.
CREATE TABLE night_marks (
    account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    night_of    DATE NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_night_marks PRIMARY KEY (account_id, night_of)
);

-- A check-in saved with "same as last night" unchanged: the insights count these apart (they add fake persistence).
ALTER TABLE checkins ADD COLUMN copied_from_previous BOOLEAN DEFAULT FALSE NOT NULL;
