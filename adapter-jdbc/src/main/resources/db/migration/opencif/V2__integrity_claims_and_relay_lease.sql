-- OpenCIF schema, version 2: referential integrity, number claims decided by the primary key, the covering index of
-- consent scopes, and a relay lease that outlives one transaction. Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- 1. A foreign key for every reference between tables. Customers and accounts are never deleted (closing is a status),
--    so every reference is ON DELETE RESTRICT: a delete that would orphan a row fails. The customer's own child tables
--    (identifiers, addresses, contacts, representatives) keep their ON DELETE CASCADE from V1.
ALTER TABLE account ADD CONSTRAINT fk_account_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE agreement ADD CONSTRAINT fk_agreement_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE banking_user ADD CONSTRAINT fk_banking_user_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE onboarding_process ADD CONSTRAINT fk_onboarding_process_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE product_application ADD CONSTRAINT fk_product_application_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE booked_transaction ADD CONSTRAINT fk_booked_transaction_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE booked_transaction ADD CONSTRAINT fk_booked_transaction_account
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE RESTRICT;
CREATE INDEX ix_booked_transaction_account ON booked_transaction (account_id);
ALTER TABLE interaction ADD CONSTRAINT fk_interaction_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
ALTER TABLE customer_representative ADD CONSTRAINT fk_customer_representative_person
    FOREIGN KEY (person_id) REFERENCES customer (id) ON DELETE RESTRICT;

-- 2. nice_number_hold becomes the claim on every account number: besides the latest hold of a number (HELD, RELEASED,
--    CONSUMED) it holds an ISSUED row, without holder, for every number the sequence issued. A hold and an ordinary
--    account opening both insert the number's row, so the primary key decides who has it; no check-then-act read.
ALTER TABLE nice_number_hold ALTER COLUMN holder_id DROP NOT NULL;
ALTER TABLE nice_number_hold ADD CONSTRAINT ck_nice_number_hold_holder
    CHECK ((status = 'ISSUED' AND holder_id IS NULL) OR (status <> 'ISSUED' AND holder_id IS NOT NULL));
ALTER TABLE nice_number_hold ADD CONSTRAINT fk_nice_number_hold_holder
    FOREIGN KEY (holder_id) REFERENCES customer (id) ON DELETE RESTRICT;
INSERT INTO nice_number_hold (account_number, holder_id, held_at, expires_at, status)
    SELECT a.account_number, NULL, a.opened_at, a.opened_at, 'ISSUED' FROM account a
    WHERE NOT EXISTS (SELECT 1 FROM nice_number_hold h WHERE h.account_number = a.account_number);

-- 3. Consent scopes (bLink visibility, persons): the whole test answered from the index, without reading agreement rows.
DROP INDEX ix_agreement_grantee;
CREATE INDEX ix_agreement_consent ON agreement (agreement_type, grantee, status, customer_id, start_date, end_date);

-- 4. The outbox relay's lease: held by one relay until a deadline, across the short transactions of one round, so the
--    events are delivered outside any transaction.
ALTER TABLE outbox_relay_lease ADD COLUMN holder VARCHAR(100);
ALTER TABLE outbox_relay_lease ADD COLUMN held_until TIMESTAMP WITH TIME ZONE;
