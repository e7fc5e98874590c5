package dev.opencif.application.port.in.idempotency;

/**
 * Runs a write at most once per idempotency key: the first request with a key runs, and its successful answer is
 * stored in the same unit of work as its effects, so an answer is stored if and only if the effects are; a retry
 * with the same key and the same request gets that answer again without running anything.
 * <p>Failures: a key already used for a different request is a {@code RULE_VIOLATION} with rule
 * {@code IDEMPOTENCY_KEY_REUSED}; a request whose key another request is still running with (where the store cannot
 * wait for it) is a {@code CONFLICT}, safe to retry.
 * <p>Every write operation of every dialect that takes a key (ESB {@code header.requestId}, inter-API
 * {@code Header.ChannelRequestId}, {@code Idempotency-Key} in counterparty REST, bLink and callAction).
 */
public interface ExecuteIdempotentlyUseCase {

    IdempotentOutcome execute(ExecuteIdempotentlyCommand command);
}
