package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.IdempotencyRecordPort;
import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import dev.opencif.domain.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link IdempotencyRecordPort} and {@link dev.opencif.application.port.out.BusinessKeyLockPort}: an answer
 * is stored with the unit of work that claimed its key or not at all; a live key is claimed once, also by racing
 * units; records expire and are purged; business keys are held until the unit of work ends.
 */
public abstract class IdempotencyContract extends PortContract {
    private static final RequestFingerprint FINGERPRINT = RequestFingerprint.of("POST", "/customers", "{\"a\":1}");

    private static IdempotencyKey freshKey() {
        return new IdempotencyKey("test", "client-" + UUID.randomUUID(), UUID.randomUUID().toString());
    }

    private static StoredAnswer answer(String text) {
        return new StoredAnswer(201, Map.of("Content-Type", "application/json", "Location", "/customers/1"),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private IdempotencyRecordPort records() {
        return ports.idempotency();
    }

    private Instant expiry() {
        return now().plus(Duration.ofHours(24));
    }

    @Test
    public void a_completed_claim_is_found_with_its_fingerprint_answer_and_time() {
        IdempotencyKey key = freshKey();
        StoredAnswer answer = new StoredAnswer(200, Map.of("X-Binary", "yes"), new byte[] {0, -1, 127, -128, 10, 13});
        ports.unitOfWork().inTransaction(() -> {
            assertThat(records().claim(key, FINGERPRINT, now(), expiry())).isTrue();
            records().complete(key, answer);
            return null;
        });
        Optional<IdempotencyRecordPort.Stored> stored = records().find(key, now());
        assertThat(stored).isPresent();
        assertThat(stored.get().fingerprint()).isEqualTo(FINGERPRINT);
        assertThat(stored.get().answer()).isEqualTo(answer);
        assertThat(stored.get().createdAt()).isEqualTo(now());
    }

    @Test
    public void a_claim_rolled_back_with_its_unit_of_work_leaves_nothing_and_the_key_can_be_claimed_again() {
        IdempotencyKey key = freshKey();
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            records().claim(key, FINGERPRINT, now(), expiry());
            records().complete(key, answer("first"));
            throw new IllegalStateException("the write failed after its answer was made");
        })).hasMessageContaining("the write failed");
        assertThat(records().find(key, now())).isEmpty();
        assertThat(ports.unitOfWork().inTransaction(() -> records().claim(key, FINGERPRINT, now(), expiry()))).isTrue();
    }

    @Test
    public void a_live_key_is_not_claimed_twice_and_an_expired_one_is_replaced() {
        IdempotencyKey key = freshKey();
        ports.unitOfWork().inTransaction(() -> {
            records().claim(key, FINGERPRINT, now(), now().plus(Duration.ofMinutes(10)));
            records().complete(key, answer("first"));
            return null;
        });
        assertThat(ports.unitOfWork().inTransaction(() -> records().claim(key, FINGERPRINT, now(), expiry()))).isFalse();
        tick(Duration.ofMinutes(11));
        assertThat(records().find(key, now())).as("expired").isEmpty();
        RequestFingerprint other = RequestFingerprint.of("another request");
        ports.unitOfWork().inTransaction(() -> {
            assertThat(records().claim(key, other, now(), expiry())).isTrue();
            records().complete(key, answer("second"));
            return null;
        });
        assertThat(records().find(key, now())).map(IdempotencyRecordPort.Stored::fingerprint).contains(other);
    }

    @Test
    public void keys_of_other_clients_and_dialects_are_other_records() {
        IdempotencyKey key = freshKey();
        ports.unitOfWork().inTransaction(() -> {
            records().claim(key, FINGERPRINT, now(), expiry());
            records().complete(key, answer("mine"));
            return null;
        });
        assertThat(records().find(new IdempotencyKey(key.scope(), key.client() + "-other", key.key()), now())).isEmpty();
        assertThat(records().find(new IdempotencyKey("other", key.client(), key.key()), now())).isEmpty();
    }

    @Test
    public void claiming_and_completing_need_a_unit_of_work_and_a_claim() {
        IdempotencyKey key = freshKey();
        assertThatThrownBy(() -> records().claim(key, FINGERPRINT, now(), expiry())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            records().complete(key, answer("unclaimed"));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void purging_removes_expired_records_only_and_at_most_the_limit() {
        List<IdempotencyKey> shortLived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            IdempotencyKey key = freshKey();
            shortLived.add(key);
            ports.unitOfWork().inTransaction(() -> {
                records().claim(key, FINGERPRINT, now(), now().plus(Duration.ofMinutes(1)));
                records().complete(key, answer("short"));
                return null;
            });
        }
        IdempotencyKey longLived = freshKey();
        ports.unitOfWork().inTransaction(() -> {
            records().claim(longLived, FINGERPRINT, now(), expiry());
            records().complete(longLived, answer("long"));
            return null;
        });
        tick(Duration.ofMinutes(2));
        int first = ports.unitOfWork().inTransaction(() -> records().purgeExpired(now(), 2));
        int rest = ports.unitOfWork().inTransaction(() -> records().purgeExpired(now(), 100));
        assertThat(first).isEqualTo(2);
        assertThat(first + rest).isGreaterThanOrEqualTo(3);
        assertThat(records().find(longLived, now())).isPresent();
        assertThat(ports.unitOfWork().inTransaction(() -> records().claim(shortLived.get(0), FINGERPRINT, now(), expiry()))).isTrue();
    }

    /**
     * Eight units of work claim one key at once; the winner holds its unit open a moment before it completes. Exactly
     * one claims the key; every other one either waited and then found the winner's answer, or (where the store
     * cannot wait) was told the key is in progress.
     */
    @Test
    public void racing_units_of_work_claim_a_key_once_and_the_others_get_its_answer_or_in_progress() throws Exception {
        IdempotencyKey key = freshKey();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return ports.unitOfWork().inTransaction(() -> {
                            if (records().claim(key, FINGERPRINT, now(), expiry())) {
                                sleep(150);
                                records().complete(key, answer("the one answer"));
                                return "claimed";
                            }
                            return records().find(key, now()).map(s -> new String(s.answer().body(),
                                    java.nio.charset.StandardCharsets.UTF_8)).orElse("claimed by another, no answer yet");
                        });
                    } catch (ConflictException e) {
                        return "in progress";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("claimed"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> !r.equals("claimed")).allMatch(r -> r.equals("the one answer") || r.equals("in progress"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void a_business_key_is_held_until_the_unit_of_work_that_locked_it_ends() throws Exception {
        String value = "citizen-" + UUID.randomUUID();
        assertThatThrownBy(() -> ports.businessKeys().lock("test", value)).isInstanceOf(IllegalStateException.class);
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong firstEnded = new AtomicLong();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> ports.unitOfWork().inTransaction(() -> {
                ports.businessKeys().lock("test", value);
                locked.countDown();
                sleep(300);
                firstEnded.set(System.nanoTime());
                return null;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long secondLocked = ports.unitOfWork().inTransaction(() -> {
                ports.businessKeys().lock("test", value);
                return System.nanoTime();
            });
            first.get(10, TimeUnit.SECONDS);
            assertThat(secondLocked).as("the second unit got the key after the first ended").isGreaterThanOrEqualTo(firstEnded.get());
            ports.unitOfWork().inTransaction(() -> {
                ports.businessKeys().lock("test", "another-" + value);
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
