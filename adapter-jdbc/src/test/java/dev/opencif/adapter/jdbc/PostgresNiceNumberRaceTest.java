package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.OpenNiceAccountCommand;
import dev.opencif.application.port.in.account.ReleaseHoldCommand;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.nicenumber.HoldStatus;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A held nice number released and opened at once, from two Hikari pools ("processes") on one PostgreSQL schema: it ends
 * consumed by exactly one account xor released with none, never both; and the hold port alone (without the customer
 * lock the use cases take) lets exactly one of two concurrent finishes of one hold through.
 */
@Tag("postgres")
class PostgresNiceNumberRaceTest {
    private static final int CONTENDERS = 8;
    private static final int ROUNDS = 6;
    private static final Origin ORIGIN = Origin.of(Channel.ESB);
    private static final Asset VND = Asset.currency("VND", 0);
    private static final MutableClock CLOCK = MutableClock.standard();

    private static TwoProcesses processes;
    private static OpenCif a;
    private static OpenCif b;

    @BeforeAll
    static void startTwoProcesses() {
        processes = TwoProcesses.start(CLOCK, CONTENDERS + 2);
        a = OpenCif.builder().ports(processes.portsA()).build();
        b = OpenCif.builder().ports(processes.portsB()).build();
    }

    @AfterAll
    static void stopTwoProcesses() {
        processes.close();
    }

    @Test
    void a_held_number_released_and_opened_at_once_ends_consumed_xor_released() throws Exception {
        int consumedRounds = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            CustomerId customer = CustomerBuilder.aCustomer().savedIn(processes.portsA()).id();
            AccountNumber number = UniqueValues.accountNumber();
            a.holdNiceNumber().hold(new HoldNiceNumberCommand(ORIGIN, CustomerRef.id(customer), number, Duration.ofHours(1)));

            List<String> outcomes = TwoProcesses.race(CONTENDERS, i -> () -> {
                OpenCif opencif = i % 2 == 0 ? a : b;
                try {
                    if (i % 4 < 2) {
                        opencif.releaseNiceNumberHold().release(new ReleaseHoldCommand(ORIGIN, CustomerRef.id(customer), number));
                        return "RELEASED";
                    }
                    opencif.openNiceAccount().open(new OpenNiceAccountCommand(ORIGIN, CustomerRef.id(customer), number,
                            ProductType.CURRENT_ACCOUNT, VND));
                    return "OPENED";
                } catch (RuleViolationException e) {
                    return e.rule();
                }
            });

            long accounts = processes.count("SELECT COUNT(*) FROM account WHERE account_number = ?", number.value());
            HoldStatus status = processes.portsB().holds().findByNumber(number).orElseThrow().status();
            long successes = outcomes.stream().filter(o -> o.equals("RELEASED") || o.equals("OPENED")).count();
            System.out.printf("release vs open round %d: %d contenders on 2 pools -> %s; hold %s, %d account(s)%n",
                    round, CONTENDERS, outcomes, status, accounts);
            assertThat(successes).isEqualTo(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("RELEASED") && !o.equals("OPENED")).containsOnly("HOLD_NOT_ACTIVE");
            if (outcomes.contains("OPENED")) {
                consumedRounds++;
                assertThat(status).isEqualTo(HoldStatus.CONSUMED);
                assertThat(accounts).isEqualTo(1);
            } else {
                assertThat(status).isEqualTo(HoldStatus.RELEASED);
                assertThat(accounts).isZero();
            }
        }
        System.out.printf("release vs open: %d of %d rounds consumed, the others released%n", consumedRounds, ROUNDS);
    }

    @Test
    void two_finishes_of_one_hold_through_the_port_alone_let_exactly_one_through() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            CustomerId holder = CustomerBuilder.aCustomer().savedIn(processes.portsA()).id();
            NiceNumberHold hold = NiceNumberHold.place(UniqueValues.accountNumber(), holder, CLOCK.instant(), Duration.ofHours(1));
            processes.portsA().holds().place(hold, CLOCK.instant());

            List<String> outcomes = TwoProcesses.race(2, i -> () -> {
                OpenCifPorts ports = processes.portsOf(i);
                NiceNumberHold finished = i == 0 ? hold.consume(holder, CLOCK.instant()) : hold.release(holder, CLOCK.instant());
                try {
                    ports.unitOfWork().inTransaction(() -> {
                        ports.holds().update(finished);
                        return null;
                    });
                    return finished.status().name();
                } catch (OpenCifException e) {
                    return e.getMessage();
                }
            });

            HoldStatus stored = processes.portsB().holds().findByNumber(hold.number()).orElseThrow().status();
            System.out.printf("consume vs release on the port, round %d: %s; stored %s%n", round, outcomes, stored);
            assertThat(outcomes).containsOnlyOnce(stored.name());
            assertThat(outcomes).filteredOn(o -> !o.equals(stored.name())).singleElement().asString().contains("no longer held");
        }
    }
}
