package dev.opencif.application.port.in.view;

import java.time.Instant;

/** A dated step of a customer's history (onboarded, account opened, consent granted, …). */
public record LifecycleEntry(
        Instant at,
        String event,
        String detail) {
}
