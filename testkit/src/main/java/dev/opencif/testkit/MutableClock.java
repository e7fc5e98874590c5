package dev.opencif.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, so expiry and period logic is checked without sleeping. Thread-safe. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static MutableClock at(Instant start) {
        return new MutableClock(start, ZoneOffset.UTC);
    }

    /** 2026-01-15T09:00:00Z: a fixed, ordinary working day. */
    public static MutableClock standard() {
        return at(Instant.parse("2026-01-15T09:00:00Z"));
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now.get(), newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
