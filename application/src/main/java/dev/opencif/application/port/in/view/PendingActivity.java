package dev.opencif.application.port.in.view;

import java.time.Instant;

/** Something unfinished about a customer: its type, a reference, a description and when it falls due. */
public record PendingActivity(
        String type,
        String reference,
        String description,
        Instant dueAt) {
}
