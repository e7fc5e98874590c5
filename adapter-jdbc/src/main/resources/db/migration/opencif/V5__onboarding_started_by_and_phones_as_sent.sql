-- OpenCIF schema, version 5. Runs on PostgreSQL and on H2 in PostgreSQL mode.
-- 1. An onboarding process remembers the authenticated client that started it (the Origin actor: a client id or a
--    key digest, never personal data), so that the inter-API rule "a citizen's existing flow is returned" can answer
--    that client without turning the TCKN into an oracle for every other client. Earlier processes have none.
ALTER TABLE onboarding_process ADD COLUMN started_by VARCHAR(100);
-- 2. A phone number whose country cannot be told is kept as sent, up to 32 digits (the counterparty seed's
--    1124988888888888888888 has 22), where E.164 numbers have at most 16 characters.
ALTER TABLE customer ALTER COLUMN phone SET DATA TYPE VARCHAR(32);
-- Its unique key is scoped like the others ('<counterparty id>/' + number): 37 + 32 characters.
ALTER TABLE customer_identifier ALTER COLUMN phone_key SET DATA TYPE VARCHAR(80);
