-- OpenCIF schema, version 5: an onboarding process remembers the authenticated client that started it (the Origin
-- actor: a client id or a key digest, never personal data), so that the inter-API rule "a citizen's existing flow is
-- returned" can answer that client without turning the TCKN into an oracle for every other client. Processes started
-- before this version have none. Runs on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE onboarding_process ADD COLUMN started_by VARCHAR(100);
