package dev.opencif.adapter.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A clock that reads another one, which tests swap: adapters built once per class follow each test's clock. */
final class ForwardingClock extends Clock {
    private volatile Clock target;

    ForwardingClock(Clock target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    void forwardTo(Clock clock) {
        target = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ZoneId getZone() {
        return target.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return target.withZone(zone);
    }

    @Override
    public Instant instant() {
        return target.instant();
    }
}
