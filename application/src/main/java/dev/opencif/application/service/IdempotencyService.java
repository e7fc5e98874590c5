package dev.opencif.application.service;

import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyCommand;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.idempotency.IdempotentOutcome;
import dev.opencif.application.port.in.idempotency.PurgeIdempotencyRecordsCommand;
import dev.opencif.application.port.in.idempotency.PurgeIdempotencyRecordsUseCase;
import dev.opencif.application.port.out.IdempotencyRecordPort;
import dev.opencif.application.shared.StoredAnswer;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs writes at most once per idempotency key (ADR 014). The claim of the key, the write's effects and its answer
 * share one unit of work: when the write fails, or its answer is not a success, the whole unit rolls back, the key
 * included, and a retry runs again; when it succeeds, answer and effects commit together.
 */
public final class IdempotencyService implements ExecuteIdempotentlyUseCase, PurgeIdempotencyRecordsUseCase {
    /** How long an answer is kept by default: a day covers every retry policy we know of. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

    private final ServiceContext ctx;
    private final IdempotencyRecordPort records;
    private final Duration retention;

    public IdempotencyService(ServiceContext ctx, Duration retention) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.records = ctx.ports().idempotency();
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the idempotency retention must be positive, got " + retention);
        }
    }

    @Override
    public IdempotentOutcome execute(ExecuteIdempotentlyCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = ctx.now();
        Optional<IdempotencyRecordPort.Stored> stored = records.find(command.key(), now);
        if (stored.isPresent()) {
            return replay(stored.get(), command);
        }
        try {
            return ctx.inTransaction(() -> {
                if (!records.claim(command.key(), command.fingerprint(), now, now.plus(retention))) {
                    // another request with this key committed while this one waited for it
                    return replay(records.find(command.key(), now).orElseThrow(IdempotencyService::inProgress), command);
                }
                StoredAnswer answer = command.operation().get();
                if (!command.keep().test(answer)) {
                    throw new NotKept(answer);
                }
                records.complete(command.key(), answer);
                return new IdempotentOutcome(answer, false);
            });
        } catch (NotKept e) {
            return new IdempotentOutcome(e.answer, false);
        }
    }

    @Override
    public int purge(PurgeIdempotencyRecordsCommand command) {
        Objects.requireNonNull(command, "command");
        return ctx.inTransaction(() -> records.purgeExpired(ctx.now(), command.limit()));
    }

    private static IdempotentOutcome replay(IdempotencyRecordPort.Stored stored, ExecuteIdempotentlyCommand command) {
        if (!stored.fingerprint().equals(command.fingerprint())) {
            throw new RuleViolationException("IDEMPOTENCY_KEY_REUSED", "this idempotency key was used at " + stored.createdAt()
                    + " for a different request; send a new request with a new key");
        }
        return new IdempotentOutcome(stored.answer(), true);
    }

    private static ConflictException inProgress() {
        return new ConflictException("a request with this idempotency key is still being processed; retry in a moment");
    }

    /** Carries a failure answer out of the unit of work, rolling it back: a failure is never stored. */
    private static final class NotKept extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StoredAnswer answer;

        NotKept(StoredAnswer answer) {
            super("the answer is not a success; nothing is kept", null, false, false);
            this.answer = answer;
        }
    }
}
