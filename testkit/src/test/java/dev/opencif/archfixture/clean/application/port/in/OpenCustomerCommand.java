package dev.opencif.archfixture.clean.application.port.in;

import jakarta.validation.constraints.NotBlank;

/** Fixture: an inbound command (record, validated). */
public record OpenCustomerCommand(@NotBlank String name) {
}
