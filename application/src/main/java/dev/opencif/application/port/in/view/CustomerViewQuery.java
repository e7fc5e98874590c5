package dev.opencif.application.port.in.view;

import dev.opencif.application.shared.CustomerRef;
import jakarta.validation.constraints.NotNull;

/** Which customer a customer-360 widget is for. */
public record CustomerViewQuery(
        @NotNull CustomerRef customer) {
}
