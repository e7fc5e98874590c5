package dev.opencif.domain.onboarding;

import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingProcessTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);
    private static final Instant MUCH_LATER = NOW.plusSeconds(3600);
    private static final ProcessId ID = new ProcessId(9_000_123L);
    private static final NationalId CITIZEN = NationalId.turkish("17453821786");
    private static final CustomerId CUSTOMER = CustomerId.random();

    private static OnboardingProcess started() {
        OnboardingProcess process = OnboardingProcess.start(ID, CITIZEN, CUSTOMER, Channel.INTERAPI, "app-1", NOW);
        process.pullEvents();
        return process;
    }

    private static OnboardingProcessState state(OnboardingState state, AddressType selected, Instant completedAt) {
        return new OnboardingProcessState(ID, CITIZEN, CUSTOMER, Channel.INTERAPI, "app-1", state, selected, false, false, null, NOW, NOW,
                completedAt, 0);
    }

    @Test
    void starts_in_created_and_records_it() {
        OnboardingProcess process = OnboardingProcess.start(ID, CITIZEN, CUSTOMER, Channel.INTERAPI, "app-1", NOW);

        assertThat(process.id()).isEqualTo(ID);
        assertThat(process.onboardingState()).isEqualTo(OnboardingState.CREATED);
        assertThat(process.state().citizen()).isEqualTo(CITIZEN);
        assertThat(process.state().selectedAddress()).isNull();
        assertThat(process.state().completedAt()).isNull();
        assertThat(process.pullEvents()).containsExactly(new OnboardingEvent.Started(ID, CUSTOMER, NOW));
    }

    @Test
    void started_event_names_the_process_aggregate() {
        DomainEvent event = OnboardingProcess.start(ID, CITIZEN, CUSTOMER, Channel.INTERAPI, "app-1", NOW).pullEvents().get(0);

        assertThat(event.type()).isEqualTo("OnboardingStarted");
        assertThat(event.aggregateType()).isEqualTo("OnboardingProcess");
        assertThat(event.aggregateId()).isEqualTo("9000123");
    }

    @Test
    void start_requires_citizen_customer_and_channel() {
        assertValidationFails(() -> OnboardingProcess.start(ID, null, CUSTOMER, Channel.INTERAPI, null, NOW), "citizenshipNumber");
        assertValidationFails(() -> OnboardingProcess.start(ID, CITIZEN, null, Channel.INTERAPI, null, NOW), "customerId");
        assertValidationFails(() -> OnboardingProcess.start(ID, CITIZEN, CUSTOMER, null, null, NOW), "channel");
    }

    @Test
    void information_update_moves_to_information_updated() {
        OnboardingProcess process = started();

        process.informationUpdated(AddressType.HOME, LATER);

        assertThat(process.onboardingState()).isEqualTo(OnboardingState.INFORMATION_UPDATED);
        assertThat(process.state().selectedAddress()).isEqualTo(AddressType.HOME);
        assertThat(process.state().updatedAt()).isEqualTo(LATER);
        assertThat(process.pullEvents()).containsExactly(new OnboardingEvent.InformationUpdated(ID, CUSTOMER, LATER));
    }

    @Test
    void information_can_be_updated_repeatedly() {
        OnboardingProcess process = started();
        process.informationUpdated(AddressType.HOME, LATER);

        process.informationUpdated(AddressType.WORK, MUCH_LATER);

        assertThat(process.onboardingState()).isEqualTo(OnboardingState.INFORMATION_UPDATED);
        assertThat(process.state().selectedAddress()).isEqualTo(AddressType.WORK);
        assertThat(process.pullEvents()).hasSize(2);
    }

    @Test
    void information_update_needs_the_selected_address() {
        OnboardingProcess process = started();

        assertValidationFails(() -> process.informationUpdated(null, LATER), "selectedAddress");
        assertThat(process.onboardingState()).isEqualTo(OnboardingState.CREATED);
    }

    @Test
    void completes_after_the_information_was_updated() {
        OnboardingProcess process = started();
        process.informationUpdated(AddressType.HOME, LATER);
        process.pullEvents();

        process.complete(true, false, " agent-7 ", MUCH_LATER);

        OnboardingProcessState state = process.state();
        assertThat(process.onboardingState()).isEqualTo(OnboardingState.COMPLETED);
        assertThat(state.completedAt()).isEqualTo(MUCH_LATER);
        assertThat(state.courierSelected()).isTrue();
        assertThat(state.approvedAgent()).isFalse();
        assertThat(state.userCode()).isEqualTo("agent-7");
        assertThat(state.selectedAddress()).isEqualTo(AddressType.HOME);
        assertThat(process.pullEvents()).containsExactly(new OnboardingEvent.Completed(ID, CUSTOMER, MUCH_LATER));
    }

    @Test
    void completing_before_the_information_update_is_refused() {
        OnboardingProcess process = started();

        assertInvalidTransition(() -> process.complete(false, false, null, LATER), "OnboardingProcess",
                OnboardingState.CREATED, OnboardingState.COMPLETED);
        assertThat(process.onboardingState()).isEqualTo(OnboardingState.CREATED);
        assertThat(process.pullEvents()).isEmpty();
    }

    @Test
    void updating_after_completion_is_refused() {
        OnboardingProcess process = started();
        process.informationUpdated(AddressType.HOME, LATER);
        process.complete(false, true, null, LATER);
        process.pullEvents();

        assertInvalidTransition(() -> process.informationUpdated(AddressType.WORK, MUCH_LATER), "OnboardingProcess",
                OnboardingState.COMPLETED, OnboardingState.INFORMATION_UPDATED);
        assertThat(process.state().selectedAddress()).isEqualTo(AddressType.HOME);
        assertThat(process.pullEvents()).isEmpty();
    }

    @Test
    void completing_twice_is_refused() {
        OnboardingProcess process = started();
        process.informationUpdated(AddressType.HOME, LATER);
        process.complete(false, false, null, LATER);

        assertInvalidTransition(() -> process.complete(true, true, null, MUCH_LATER), "OnboardingProcess",
                OnboardingState.COMPLETED, OnboardingState.COMPLETED);
        assertThat(process.state().completedAt()).isEqualTo(LATER);
    }

    @Test
    void state_sets_completed_at_exactly_when_completed() {
        assertValidationFails(() -> state(OnboardingState.COMPLETED, AddressType.HOME, null), "completedAt");
        assertValidationFails(() -> state(OnboardingState.INFORMATION_UPDATED, AddressType.HOME, NOW), "completedAt");
        assertValidationFails(() -> state(OnboardingState.CREATED, null, NOW), "completedAt");
    }

    @Test
    void state_requires_the_selected_address_once_information_was_updated() {
        assertValidationFails(() -> state(OnboardingState.INFORMATION_UPDATED, null, null), "selectedAddress");
        assertValidationFails(() -> state(OnboardingState.COMPLETED, null, NOW), "selectedAddress");
        assertThat(state(OnboardingState.CREATED, null, null).selectedAddress()).isNull();
    }

    @Test
    void restore_keeps_the_stored_state_without_events() {
        OnboardingProcessState stored = state(OnboardingState.COMPLETED, AddressType.WORK, NOW);

        OnboardingProcess process = OnboardingProcess.restore(stored);

        assertThat(process.state()).isEqualTo(stored);
        assertThat(process.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void process_id_must_be_positive(long value) {
        assertValidationFails(() -> new ProcessId(value), "processId");
    }
}
