package dev.opencif.domain.error;

import java.util.Objects;

/**
 * A business rule refused the operation. {@link #rule()} is a stable sub-code such as
 * {@code HOLD_EXPIRED}, {@code NUMBER_UNAVAILABLE}, {@code LIMIT_NOT_ALLOWED} or {@code BALANCE_NOT_ZERO}.
 */
public final class RuleViolationException extends OpenCifException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(ErrorCode.RULE_VIOLATION, message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public String rule() {
        return rule;
    }
}
