package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.LoadBankingUserPort} and
 * {@link dev.opencif.application.port.out.SaveBankingUserPort}: versions and usernames unique bank-wide forever.
 */
public abstract class BankingUserStoreContract extends PortContract {

    private OnlineBankingUser insert(BankingUserBuilder builder) {
        return ports.saveBankingUser().save(builder.build(clock));
    }

    private OnlineBankingUser load(BankingUserId id) {
        return ports.loadBankingUser().findById(id).orElseThrow();
    }

    private void assertDuplicateUsername(Runnable save) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(DuplicateIdentifierException.class,
                e -> assertThat(e.identifierKind()).isEqualTo("BANKING_USERNAME"));
    }

    @Test
    public void stores_a_new_user_with_version_one_and_finds_it_by_id_username_and_customer() {
        Customer owner = storedCustomer();
        OnlineBankingUser user = BankingUserBuilder.aBankingUser().ownedBy(owner).build(clock);

        OnlineBankingUser saved = ports.saveBankingUser().save(user);

        assertThat(saved.state().version()).isEqualTo(1);
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(user.state());
        assertThat(ports.loadBankingUser().findById(user.id())).map(OnlineBankingUser::state).contains(saved.state());
        assertThat(ports.loadBankingUser().findByUsername(user.state().username())).map(OnlineBankingUser::state)
                .contains(saved.state());
        assertThat(ports.loadBankingUser().findByCustomer(owner.id())).extracting(OnlineBankingUser::id).containsExactly(user.id());
    }

    @Test
    public void finds_nothing_for_unknown_keys() {
        assertThat(ports.loadBankingUser().findById(BankingUserId.random())).isEmpty();
        assertThat(ports.loadBankingUser().findByUsername(UniqueValues.bankingUsername())).isEmpty();
        assertThat(ports.loadBankingUser().findByCustomer(CustomerId.random())).isEmpty();
    }

    @Test
    public void round_trips_a_locked_user_with_reason_and_failed_attempts() {
        OnlineBankingUser user = BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()).build(clock);
        tick(Duration.ofMinutes(2));
        user.recordFailedLogin(now());
        user.recordFailedLogin(now());
        user.lock("customer request", now());

        OnlineBankingUser saved = ports.saveBankingUser().save(user);

        BankingUserState loaded = load(user.id()).state();
        assertThat(loaded).isEqualTo(saved.state());
        assertThat(loaded.failedAttempts()).isEqualTo(2);
        assertThat(loaded.lockReason()).isEqualTo("customer request");
        assertThat(loaded.status()).isEqualTo(BankingUserStatus.LOCKED);
    }

    @Test
    public void an_update_stores_the_change_and_increments_the_version() {
        OnlineBankingUser saved = insert(BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()));
        OnlineBankingUser loaded = load(saved.id());
        loaded.recordFailedLogin(now());

        OnlineBankingUser updated = ports.saveBankingUser().save(loaded);

        assertThat(updated.state().version()).isEqualTo(2);
        assertThat(load(saved.id()).state()).isEqualTo(updated.state());
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_the_first_update_survives() {
        OnlineBankingUser saved = insert(BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()));
        OnlineBankingUser first = load(saved.id());
        OnlineBankingUser second = load(saved.id());
        first.lock("fraud suspected", now());
        second.close(now());
        ports.saveBankingUser().save(first);

        assertThatThrownBy(() -> ports.saveBankingUser().save(second)).isInstanceOf(ConflictException.class);

        assertThat(load(saved.id()).status()).isEqualTo(BankingUserStatus.LOCKED);
    }

    @Test
    public void an_update_of_a_user_that_was_never_stored_is_a_conflict() {
        BankingUserState s = BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()).build(clock).state();
        OnlineBankingUser pretendStored = OnlineBankingUser.restore(new BankingUserState(s.id(), s.customerId(), s.username(),
                s.status(), s.failedAttempts(), s.lockReason(), s.createdAt(), s.updatedAt(), 2));

        assertThatThrownBy(() -> ports.saveBankingUser().save(pretendStored)).isInstanceOf(ConflictException.class);
        assertThat(ports.loadBankingUser().findById(s.id())).isEmpty();
    }

    @Test
    public void rejects_a_username_held_by_another_user() {
        BankingUsername username = UniqueValues.bankingUsername();
        insert(BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()).withUsername(username.value()));
        OnlineBankingUser second = BankingUserBuilder.aBankingUser().ownedBy(storedCustomer())
                .withUsername(username.value().toUpperCase()).build(clock);

        assertDuplicateUsername(() -> ports.saveBankingUser().save(second));
        assertThat(ports.loadBankingUser().findById(second.id())).isEmpty();
    }

    @Test
    public void a_closed_users_username_is_never_reused() {
        Customer owner = storedCustomer();
        OnlineBankingUser closed = BankingUserBuilder.aBankingUser().ownedBy(owner).withStatus(BankingUserStatus.CLOSED)
                .build(clock);
        ports.saveBankingUser().save(closed);
        OnlineBankingUser successor = BankingUserBuilder.aBankingUser().ownedBy(owner)
                .withUsername(closed.state().username().value()).build(clock);

        assertDuplicateUsername(() -> ports.saveBankingUser().save(successor));
    }

    @Test
    public void lists_every_user_a_customer_ever_had_oldest_first() {
        Customer owner = storedCustomer();
        OnlineBankingUser first = insert(BankingUserBuilder.aBankingUser().ownedBy(owner).withStatus(BankingUserStatus.CLOSED));
        tick(Duration.ofDays(1));
        OnlineBankingUser second = insert(BankingUserBuilder.aBankingUser().ownedBy(owner));
        insert(BankingUserBuilder.aBankingUser().ownedBy(storedCustomer()));

        assertThat(ports.loadBankingUser().findByCustomer(owner.id())).extracting(OnlineBankingUser::id)
                .containsExactly(first.id(), second.id());
    }
}
