-- Who opened a share link, as the hex SHA-256 of the client's address (never the address), so one client can be
-- limited to a share of a link's hourly openings. Older rows have none and count only toward the link's total.
ALTER TABLE share_accesses ADD COLUMN client_key VARCHAR(64);
