package dev.opencif.adapter.rest.callaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.opencif.domain.error.FieldError;
import java.util.List;

/**
 * The one result object every callAction answer carries: success flag, message, stable error code
 * (with the rule of a RULE_VIOLATION and the offending field paths) and the action's data.
 */
@JsonPropertyOrder({"IsSuccess", "Message", "ErrorCode", "Rule", "Errors", "Data"})
record CallResult(
        @JsonProperty("IsSuccess") boolean success,
        @JsonProperty("Message") String message,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("Rule") String rule,
        @JsonProperty("Errors") List<Problem> errors,
        @JsonProperty("Data") Object data) {

    /** One offending field: its path inside the request and what is wrong with it. */
    @JsonPropertyOrder({"Field", "Message"})
    record Problem(@JsonProperty("Field") String field, @JsonProperty("Message") String message) {
        static Problem of(FieldError error) {
            return new Problem(error.field(), error.message());
        }
    }

    static CallResult ok(String message, Object data) {
        return new CallResult(true, message, null, null, List.of(), data);
    }

    static CallResult failure(String code, String rule, String message, List<Problem> errors) {
        return new CallResult(false, message, code, rule, List.copyOf(errors), null);
    }
}
