package dev.opencif.application.port.in.system;

import jakarta.validation.constraints.NotBlank;

/** A dialect's credentials: realm (e.g. {@code interapi}, {@code callaction}), client id and secret. */
public record AuthenticateClientCommand(
        @NotBlank String realm,
        @NotBlank String clientId,
        @NotBlank String secret) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "AuthenticateClientCommand[realm=" + realm + ", clientId=" + clientId + ", secret=****]";
    }
}
