-- readmodels (issue 11): a counter per account, raised in the same transaction as every write to the data the
-- insights and the advice are computed from (episodes, check-ins, "no cramps" marks, the profile, medications).
-- The read-model caches key on it, so a write on one node is seen at once by every node sharing the database.
ALTER TABLE accounts ADD COLUMN data_version BIGINT DEFAULT 0 NOT NULL;
