package dev.opencif.domain.interaction;

/** Whether an interaction succeeded. */
public enum Outcome {
    SUCCESS,
    FAILURE
}
