package dev.opencif.application.port.in.view;


/** One warning about a customer: a stable code, a severity (INFO, WARNING, CRITICAL) and a message. */
public record CustomerFlag(
        String code,
        String severity,
        String message) {
}
