package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.OnboardingProcessPort}: issued ids, one process per citizen,
 * round trip through the whole state machine and optimistic locking.
 */
public abstract class OnboardingProcessStoreContract extends PortContract {

    private OnboardingProcess start(NationalId citizen, Customer customer) {
        return OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(), citizen, customer.id(), Channel.INTERAPI, null, now());
    }

    private OnboardingProcess load(ProcessId id) {
        return ports.onboardingProcesses().findById(id).orElseThrow();
    }

    @Test
    public void issues_positive_process_ids_that_never_repeat() {
        Set<ProcessId> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(ports.onboardingProcesses().nextProcessId());
        }
        assertThat(ids).hasSize(200).allSatisfy(id -> assertThat(id.value()).isPositive());
    }

    @Test
    public void stores_a_new_process_with_version_one_and_finds_it_by_id_and_citizen() {
        NationalId citizen = UniqueValues.turkishId();
        OnboardingProcess process = start(citizen, storedCustomer());

        OnboardingProcess saved = ports.onboardingProcesses().save(process);

        assertThat(saved.state().version()).isEqualTo(1);
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(process.state());
        assertThat(ports.onboardingProcesses().findById(process.id())).map(OnboardingProcess::state).contains(saved.state());
        assertThat(ports.onboardingProcesses().findByCitizen(NationalId.turkish(citizen.value())))
                .map(OnboardingProcess::id).contains(process.id());
    }

    @Test
    public void finds_nothing_for_an_unknown_id_or_citizen() {
        assertThat(ports.onboardingProcesses().findById(ports.onboardingProcesses().nextProcessId())).isEmpty();
        assertThat(ports.onboardingProcesses().findByCitizen(UniqueValues.turkishId())).isEmpty();
    }

    @Test
    public void round_trips_each_step_of_the_process_with_incremented_versions() {
        OnboardingProcess saved = ports.onboardingProcesses().save(start(UniqueValues.turkishId(), storedCustomer()));
        OnboardingProcess step = load(saved.id());
        tick(Duration.ofMinutes(4));
        step.informationUpdated(AddressType.HOME, now());
        OnboardingProcess updated = ports.onboardingProcesses().save(step);
        OnboardingProcess completing = load(saved.id());
        tick(Duration.ofMinutes(4));
        completing.complete(true, false, "AGENT-7", now());

        OnboardingProcess completed = ports.onboardingProcesses().save(completing);

        assertThat(updated.state().version()).isEqualTo(2);
        assertThat(completed.state().version()).isEqualTo(3);
        OnboardingProcessState stored = load(saved.id()).state();
        assertThat(stored).isEqualTo(completed.state());
        assertThat(stored.state()).isEqualTo(OnboardingState.COMPLETED);
        assertThat(stored.selectedAddress()).isEqualTo(AddressType.HOME);
        assertThat(stored.courierSelected()).isTrue();
        assertThat(stored.userCode()).isEqualTo("AGENT-7");
        assertThat(stored.completedAt()).isEqualTo(now());
    }

    @Test
    public void refuses_a_second_process_for_the_same_citizen_and_keeps_the_first() {
        NationalId citizen = UniqueValues.turkishId();
        OnboardingProcess first = ports.onboardingProcesses().save(start(citizen, storedCustomer()));
        OnboardingProcess second = start(citizen, storedCustomer());

        assertThatThrownBy(() -> ports.onboardingProcesses().save(second)).isInstanceOf(AlreadyExistsException.class);

        assertThat(ports.onboardingProcesses().findById(second.id())).isEmpty();
        assertThat(ports.onboardingProcesses().findByCitizen(citizen)).map(OnboardingProcess::id).contains(first.id());
    }

    @Test
    public void the_duplicate_citizen_error_shows_only_the_masked_national_id() {
        NationalId citizen = UniqueValues.turkishId();
        ports.onboardingProcesses().save(start(citizen, storedCustomer()));
        OnboardingProcess second = start(citizen, storedCustomer());

        Throwable thrown = catchThrowable(() -> ports.onboardingProcesses().save(second));

        assertThat(thrown).isInstanceOf(AlreadyExistsException.class);
        assertThat(thrown.getMessage()).doesNotContain(citizen.value()).contains(citizen.toString());
        assertThat(((AlreadyExistsException) thrown).key()).doesNotContain(citizen.value());
    }

    @Test
    public void citizens_with_the_same_number_of_different_kinds_are_different_citizens() {
        NationalId passport = NationalId.passport(CountryCode.of("DE"), "X" + UniqueValues.tckn());
        NationalId samePassportNumberElsewhere = NationalId.passport(CountryCode.of("AT"), passport.value());
        ports.onboardingProcesses().save(start(passport, storedCustomer()));

        OnboardingProcess other = ports.onboardingProcesses().save(start(samePassportNumberElsewhere, storedCustomer()));

        assertThat(other.state().version()).isEqualTo(1);
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_the_first_update_survives() {
        OnboardingProcess saved = ports.onboardingProcesses().save(start(UniqueValues.turkishId(), storedCustomer()));
        OnboardingProcess first = load(saved.id());
        OnboardingProcess second = load(saved.id());
        first.informationUpdated(AddressType.WORK, now());
        second.informationUpdated(AddressType.HOME, now());
        ports.onboardingProcesses().save(first);

        assertThatThrownBy(() -> ports.onboardingProcesses().save(second)).isInstanceOf(ConflictException.class);

        assertThat(load(saved.id()).state().selectedAddress()).isEqualTo(AddressType.WORK);
    }
}
