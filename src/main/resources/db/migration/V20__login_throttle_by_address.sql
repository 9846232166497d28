-- The login throttle counts failures per client address, and per client address and existing account together
-- (a name is slowed only for the address that fails with it), no longer per attacker-chosen username.
-- Keys: 'a:<address>' and 'n:<account id>@<address>'. Old per-name rows mean nothing any more.
DELETE FROM login_failures;
ALTER TABLE login_failures RENAME COLUMN username TO throttle_key;
