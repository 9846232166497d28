-- The urgent flag on the home page (docs/advice-rules.md, "Urgent flags where the user is"): when a user dismisses
-- it, the highest episode id the flag was raised from is kept, so only an episode saved after the dismissal raises
-- it again. One row per account.
CREATE TABLE urgent_flag_dismissals (
    account_id        BIGINT NOT NULL PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    seen_episode_id   BIGINT NOT NULL,
    dismissed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
