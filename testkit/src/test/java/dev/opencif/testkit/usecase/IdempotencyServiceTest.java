package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyCommand;
import dev.opencif.application.port.in.idempotency.IdempotentOutcome;
import dev.opencif.application.port.in.idempotency.PurgeIdempotencyRecordsCommand;
import dev.opencif.application.service.IdempotencyService;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {
    private static final IdempotencyKey KEY = new IdempotencyKey("blink", "fintech-1", "3f1c-key");
    private static final RequestFingerprint REQUEST = RequestFingerprint.of("POST", "/customers/1/addresses", "{\"city\":\"Kaunas\"}");

    private final UseCaseFixture fx = UseCaseFixture.create();
    private final IdempotencyService service = new IdempotencyService(fx.context(), Duration.ofHours(24));
    private final AtomicInteger runs = new AtomicInteger();

    private static StoredAnswer answer(int status, String body) {
        return new StoredAnswer(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** An operation that stores a customer (an effect) and answers {@code status}. */
    private Supplier<StoredAnswer> onboarding(int status) {
        return () -> {
            runs.incrementAndGet();
            CustomerBuilder.aCustomer().savedIn(fx.ports());
            return answer(status, "{\"run\":" + runs.get() + "}");
        };
    }

    private IdempotentOutcome execute(IdempotencyKey key, RequestFingerprint fingerprint, Supplier<StoredAnswer> operation) {
        return service.execute(new ExecuteIdempotentlyCommand(key, fingerprint, operation, a -> a.status() / 100 == 2));
    }

    private long customers() {
        return fx.ports().searchCustomers().search(CustomerFilter.ALL, CustomerOrdering.CREATED_AT_ASC, PageRequest.first(10)).total();
    }

    @Test
    void the_first_request_runs_and_a_retry_gets_its_answer_without_running_again() {
        IdempotentOutcome first = execute(KEY, REQUEST, onboarding(201));
        IdempotentOutcome retry = execute(KEY, REQUEST, onboarding(201));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.answer()).isEqualTo(first.answer());
        assertThat(runs).hasValue(1);
        assertThat(customers()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_runs_nothing() {
        execute(KEY, REQUEST, onboarding(201));
        assertThatThrownBy(() -> execute(KEY, RequestFingerprint.of("POST", "/customers/1/addresses", "{\"city\":\"Riga\"}"),
                onboarding(201)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_failure_answer_is_not_stored_its_effects_are_rolled_back_and_a_retry_runs_again() {
        IdempotentOutcome failed = execute(KEY, REQUEST, onboarding(422));
        assertThat(failed.answer().status()).isEqualTo(422);
        assertThat(customers()).as("effects of a write that answered a failure").isZero();

        IdempotentOutcome retry = execute(KEY, REQUEST, onboarding(201));
        assertThat(retry.replayed()).isFalse();
        assertThat(retry.answer().status()).isEqualTo(201);
        assertThat(runs).hasValue(2);
        assertThat(customers()).isEqualTo(1);
    }

    @Test
    void an_exception_in_the_write_stores_nothing() {
        assertThatThrownBy(() -> execute(KEY, REQUEST, () -> {
            CustomerBuilder.aCustomer().savedIn(fx.ports());
            throw new IllegalStateException("the mapping failed after the effects");
        })).hasMessageContaining("mapping failed");
        assertThat(customers()).isZero();
        assertThat(execute(KEY, REQUEST, onboarding(201)).replayed()).isFalse();
    }

    @Test
    void keys_of_other_clients_do_not_see_each_other() {
        execute(KEY, REQUEST, onboarding(201));
        IdempotentOutcome other = execute(new IdempotencyKey("blink", "fintech-2", KEY.key()), REQUEST, onboarding(201));
        assertThat(other.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void after_the_retention_the_answer_is_forgotten_and_purged() {
        execute(KEY, REQUEST, onboarding(201));
        fx.clock().advance(Duration.ofHours(25));
        assertThat(service.purge(new PurgeIdempotencyRecordsCommand(100))).isEqualTo(1);
        assertThat(execute(KEY, REQUEST, onboarding(201)).replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_key_names_its_field_when_it_is_empty_too_long_or_not_visible_ascii() {
        assertThatThrownBy(() -> IdempotencyKey.of("blink", "c", "", "Idempotency-Key"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
        assertThatThrownBy(() -> IdempotencyKey.of("esb", "c", "x".repeat(256), "header.requestId"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("at most 255"));
        assertThatThrownBy(() -> IdempotencyKey.of("blink", "c", "a b", "Idempotency-Key")).isInstanceOf(ValidationException.class);
        assertThat(IdempotencyKey.of("blink", "c", "0b7e5c2a-1f3d-4c5e-9a8b-7c6d5e4f3a2b", "Idempotency-Key").key()).hasSize(36);
    }
}
