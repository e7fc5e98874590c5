-- OpenCIF schema, version 4: a mobile phone number is unique among the bank's own customers and among each
-- counterparty's customers, no longer bank-wide, so a counterparty cannot learn from a refusal that a number belongs to
-- a customer outside its scope (docs/security.md). phone_key gets the scope prefix login_key already has:
-- '<counterparty id>/' or '-/' for the bank's own customers. Runs on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE customer_identifier ALTER COLUMN phone_key SET DATA TYPE VARCHAR(60);
UPDATE customer_identifier SET phone_key = COALESCE(
        (SELECT CAST(c.counterparty_id AS VARCHAR(36)) FROM customer c WHERE c.id = customer_identifier.customer_id), '-')
        || '/' || phone_key
    WHERE phone_key IS NOT NULL;
