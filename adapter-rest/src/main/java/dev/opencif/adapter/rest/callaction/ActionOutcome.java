package dev.opencif.adapter.rest.callaction;

/** What an action answers when it succeeds: a short message and its data. */
record ActionOutcome(String message, Object data) {
    static ActionOutcome ok(Object data) {
        return new ActionOutcome("OK", data);
    }
}
