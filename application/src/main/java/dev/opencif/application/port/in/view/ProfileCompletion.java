package dev.opencif.application.port.in.view;

import java.util.List;

/** How complete a customer's profile is, in percent, and which fields are missing. */
public record ProfileCompletion(
        int percent,
        List<String> missingFields) {
}
