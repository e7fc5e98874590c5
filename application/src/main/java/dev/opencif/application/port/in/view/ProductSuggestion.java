package dev.opencif.application.port.in.view;


/** A product worth offering and the rule that suggested it. */
public record ProductSuggestion(
        String product,
        String reason) {
}
