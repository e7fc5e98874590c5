package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.HoldNiceNumberCommand;
import dev.opencif.application.port.in.account.OpenAccountCommand;
import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.NiceNumberService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.RuleViolationException;
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
 * The customer row lock under READ COMMITTED, through the use cases on two adapters with their own Hikari pools
 * (two "processes") on one schema: a blacklisting racing account openings leaves no ACTIVE account behind, and
 * concurrent holds of one customer stop at the limit.
 */
@Tag("postgres")
class PostgresCustomerLockRaceTest {
    private static final int OPENERS = 12;
    private static final int ACCOUNTS_PER_OPENER = 3;
    private static final int ROUNDS = 5;
    private static final int HOLDERS = 10;
    private static final Asset VND = Asset.currency("VND", 0);
    private static final Origin ORIGIN = Origin.of(Channel.ESB);
    private static final MutableClock CLOCK = MutableClock.standard();

    private static TwoProcesses processes;
    private static OpenCifPorts portsA;
    private static OpenCif a;
    private static OpenCif b;

    @BeforeAll
    static void startTwoProcesses() {
        processes = TwoProcesses.start(CLOCK, OPENERS + 2);
        portsA = processes.portsA();
        a = OpenCif.builder().ports(portsA).build();
        b = OpenCif.builder().ports(processes.portsB()).build();
    }

    @AfterAll
    static void stopTwoProcesses() {
        processes.close();
    }

    /** The facade of contender {@code i}: even ones in process A, odd ones in process B. */
    private static OpenCif process(int i) {
        return i % 2 == 0 ? a : b;
    }


    /** Opens up to {@value #ACCOUNTS_PER_OPENER} accounts; returns how many the blacklisting refused. */
    private static int openAccounts(OpenCif opencif, CustomerId customer) {
        int refused = 0;
        for (int n = 0; n < ACCOUNTS_PER_OPENER; n++) {
            try {
                opencif.openAccount().open(new OpenAccountCommand(ORIGIN, CustomerRef.id(customer), Viewer.bank(),
                        ProductType.CURRENT_ACCOUNT, VND, null));
            } catch (RuleViolationException e) {
                assertThat(e.rule()).isEqualTo("CUSTOMER_NOT_ELIGIBLE");
                refused++;
            }
        }
        return refused;
    }

    @Test
    void accounts_opened_while_the_customer_is_blacklisted_never_stay_active() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            CustomerId customer = CustomerBuilder.aCustomer().savedIn(portsA).id();

            List<Integer> refusals = TwoProcesses.race(OPENERS + 1, i -> i == OPENERS
                    ? () -> {
                        process(i).blacklistCustomer().blacklist(new BlacklistCustomerCommand(ORIGIN, CustomerRef.id(customer), "sanctions"));
                        return 0;
                    }
                    : () -> openAccounts(process(i), customer));

            int refused = refusals.stream().mapToInt(Integer::intValue).sum();
            long opened = processes.count("SELECT COUNT(*) FROM account WHERE customer_id = ?", customer.value());
            long active = processes.count("SELECT COUNT(*) FROM account WHERE customer_id = ? AND status = 'ACTIVE'", customer.value());
            long blocked = processes.count("SELECT COUNT(*) FROM account WHERE customer_id = ? AND status = 'BLOCKED'", customer.value());
            System.out.printf("blacklisting vs account opening round %d: %d openers x %d on 2 pools -> %d opened before the"
                            + " blacklisting (%d BLOCKED by it), %d refused after it, %d ACTIVE on the blacklisted customer%n",
                    round, OPENERS, ACCOUNTS_PER_OPENER, opened, blocked, refused, active);
            assertThat(portsA.loadCustomer().findById(customer).orElseThrow().isBlacklisted()).isTrue();
            assertThat(active).isZero();
            assertThat(blocked).isEqualTo(opened);
            assertThat(opened + refused).isEqualTo(OPENERS * ACCOUNTS_PER_OPENER);
        }
    }

    @Test
    void concurrent_holds_of_one_customer_stop_at_the_limit() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            CustomerId customer = CustomerBuilder.aCustomer().savedIn(portsA).id();

            List<String> outcomes = TwoProcesses.race(HOLDERS, i -> () -> {
                try {
                    process(i).holdNiceNumber().hold(new HoldNiceNumberCommand(ORIGIN, CustomerRef.id(customer),
                            UniqueValues.accountNumber(), Duration.ofHours(1)));
                    return "HELD";
                } catch (RuleViolationException e) {
                    return e.rule();
                }
            });

            long held = outcomes.stream().filter("HELD"::equals).count();
            long stored = processes.count("SELECT COUNT(*) FROM nice_number_hold WHERE holder_id = ? AND status = 'HELD'", customer.value());
            System.out.printf("holds of one customer round %d: %d attempts on 2 pools -> %d held (%d stored), %d refused %s%n",
                    round, HOLDERS, held, stored, HOLDERS - held, outcomes.stream().filter(o -> !o.equals("HELD")).distinct().toList());
            assertThat(held).isEqualTo(NiceNumberService.MAX_ACTIVE_HOLDS);
            assertThat(stored).isEqualTo(NiceNumberService.MAX_ACTIVE_HOLDS);
            assertThat(outcomes).filteredOn(o -> !o.equals("HELD")).containsOnly("TOO_MANY_HOLDS");
        }
    }
}
