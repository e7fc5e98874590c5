package dev.opencif.domain.onboarding;

/** The digital onboarding flow: CREATED → INFORMATION_UPDATED (repeatable) → COMPLETED (final). */
public enum OnboardingState {
    CREATED,
    INFORMATION_UPDATED,
    COMPLETED
}
