package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.application.shared.Origin;

/** One ESB operation: the envelope's {@code data} object in, the answer's {@code data} out. */
@FunctionalInterface
interface EsbOperation {
    Object run(JsonNode data, Origin origin);
}
