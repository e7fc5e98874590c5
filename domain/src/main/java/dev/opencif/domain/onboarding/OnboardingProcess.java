package dev.opencif.domain.onboarding;

import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A digital onboarding flow (inter-API): started for one citizen, it creates a contact customer
 * (PROSPECT), collects information, and completes by making the customer a CANDIDATE. One process per
 * citizen: starting again returns the existing process.
 */
public final class OnboardingProcess {
    private OnboardingProcessState state;
    private final List<DomainEvent> events = new ArrayList<>();

    private OnboardingProcess(OnboardingProcessState state) {
        this.state = state;
    }

    /** Starts the flow for {@code citizen}; {@code startedBy} names the client that asked (may be {@code null}). */
    public static OnboardingProcess start(ProcessId id, NationalId citizen, CustomerId customer, Channel channel, String startedBy,
                                          Instant now) {
        OnboardingProcess process = new OnboardingProcess(new OnboardingProcessState(id, citizen, customer, channel, startedBy,
                OnboardingState.CREATED, null, false, false, null, now, now, null, 0));
        process.events.add(new OnboardingEvent.Started(id, customer, now));
        return process;
    }

    public static OnboardingProcess restore(OnboardingProcessState state) {
        return new OnboardingProcess(Objects.requireNonNull(state, "state"));
    }

    public OnboardingProcessState state() {
        return state;
    }

    public ProcessId id() {
        return state.id();
    }

    public OnboardingState onboardingState() {
        return state.state();
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** Records that the customer's information was updated, remembering which address was selected. */
    public void informationUpdated(AddressType selectedAddress, Instant now) {
        requireNot(OnboardingState.COMPLETED, OnboardingState.INFORMATION_UPDATED);
        state = new OnboardingProcessState(state.id(), state.citizen(), state.customerId(), state.channel(), state.startedBy(),
                OnboardingState.INFORMATION_UPDATED, Checks.required(selectedAddress, "selectedAddress"),
                state.courierSelected(), state.approvedAgent(), state.userCode(), state.startedAt(), now, null, state.version());
        events.add(new OnboardingEvent.InformationUpdated(state.id(), state.customerId(), now));
    }

    /** Completes the flow; only after the information was updated. */
    public void complete(boolean courierSelected, boolean approvedAgent, String userCode, Instant now) {
        if (state.state() != OnboardingState.INFORMATION_UPDATED) {
            throw new InvalidStateTransitionException("OnboardingProcess", state.state(), OnboardingState.COMPLETED);
        }
        state = new OnboardingProcessState(state.id(), state.citizen(), state.customerId(), state.channel(), state.startedBy(),
                OnboardingState.COMPLETED, state.selectedAddress(), courierSelected, approvedAgent, userCode,
                state.startedAt(), now, now, state.version());
        events.add(new OnboardingEvent.Completed(state.id(), state.customerId(), now));
    }

    private void requireNot(OnboardingState forbidden, OnboardingState target) {
        if (state.state() == forbidden) {
            throw new InvalidStateTransitionException("OnboardingProcess", state.state(), target);
        }
    }
}
