package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.error.DuplicateIdentifierException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the violated constraint in what H2 and PostgreSQL report, and leaving every other failure alone. */
class ConstraintViolationsTest {
    private static final String H2_MESSAGE = "Unique index or primary key violation: \"public.uq_identifier_phone INDEX "
            + "public.uq_identifier_phone_INDEX_7 ON public.customer_identifier(phone_key NULLS LAST) VALUES ( /* 2 */ 'x' )\"";
    private static final String PG_MESSAGE = "ERROR: duplicate key value violates unique constraint \"uq_account_iban\"";

    @Test
    void reads_the_constraint_name_from_an_h2_message() {
        assertThat(ConstraintViolations.violatedConstraint(new RuntimeException(new SQLException(H2_MESSAGE, "23505"))))
                .contains("uq_identifier_phone");
    }

    @Test
    void reads_the_constraint_name_behind_a_failed_batch() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException(PG_MESSAGE, "23505"));

        assertThat(ConstraintViolations.violatedConstraint(new RuntimeException(batch))).contains("uq_account_iban");
    }

    @Test
    void ignores_failures_that_are_not_unique_or_foreign_key_violations() {
        assertThat(ConstraintViolations.violatedConstraint(new RuntimeException(new SQLException(PG_MESSAGE, "23514")))).isEmpty();
        assertThat(ConstraintViolations.violatedConstraint(new IllegalStateException("no SQL at all"))).isEmpty();
    }

    @Test
    void reads_the_foreign_key_behind_a_missing_parent_on_both_databases() {
        String h2 = "Referential integrity constraint violation: \"fk_account_customer: public.account FOREIGN KEY(customer_id)"
                + " REFERENCES public.customer(id) (UUID '5784189a-d37c-4909-9ca6-f8469133c0bf')\"; SQL statement:";
        String postgres = "ERROR: insert or update on table \"account\" violates foreign key constraint \"fk_account_customer\"";

        assertThat(ConstraintViolations.violatedConstraint(new SQLException(h2, "23506"))).contains("fk_account_customer");
        assertThat(ConstraintViolations.violatedConstraint(new SQLException(postgres, "23503"))).contains("fk_account_customer");
    }

    @Test
    void translates_known_constraints_and_passes_unknown_ones_through() {
        var mapping = ConstraintViolations.mapping(Map.of("uq_identifier_phone", () -> new DuplicateIdentifierException("PHONE")));
        RuntimeException known = new RuntimeException(new SQLException(H2_MESSAGE, "23505"));
        RuntimeException unknown = new RuntimeException(new SQLException(PG_MESSAGE, "23505"));

        assertThat(mapping.apply(known)).isInstanceOfSatisfying(DuplicateIdentifierException.class,
                e -> assertThat(e.identifierKind()).isEqualTo("PHONE"));
        assertThat(mapping.apply(unknown)).isSameAs(unknown);
    }
}
