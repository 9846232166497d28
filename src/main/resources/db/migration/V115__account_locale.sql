-- The language the user chose on the profile (a BCP 47 tag such as 'es'); NULL = follow the browser's
-- Accept-Language. Read once per session by AccountLocaleResolver.
ALTER TABLE accounts ADD COLUMN locale VARCHAR(16);
