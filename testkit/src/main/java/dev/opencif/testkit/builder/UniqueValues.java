package dev.opencif.testkit.builder;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid identifier values that are unique within the JVM (one counter per kind), so test data built by
 * different tests never collides on a uniqueness rule.
 */
public final class UniqueValues {
    private static final AtomicLong TCKN = new AtomicLong();
    private static final AtomicLong CCCD = new AtomicLong();
    private static final AtomicLong PHONE = new AtomicLong();
    private static final AtomicLong TEXT = new AtomicLong();
    private static final AtomicLong CIF = new AtomicLong();
    private static final AtomicLong ACCOUNT = new AtomicLong();

    private UniqueValues() {
    }

    /** A Turkish TCKN with correct check digits, never returned before. */
    public static String tckn() {
        long n = TCKN.incrementAndGet();
        return tcknFrom(100_000_000L + n);
    }

    /** The valid TCKN whose first nine digits are {@code firstNine} (100000000 to 999999999). */
    public static String tcknFrom(long firstNine) {
        if (firstNine < 100_000_000L || firstNine > 999_999_999L) {
            throw new IllegalArgumentException("the first nine digits of a TCKN must not start with 0");
        }
        String base = Long.toString(firstNine);
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = base.charAt(i) - '0';
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        d[9] = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        d[10] = sum % 10;
        return base + d[9] + d[10];
    }

    public static NationalId turkishId() {
        return NationalId.turkish(tckn());
    }

    /** A 12-digit Vietnamese CCCD number, never returned before. */
    public static NationalId vietnameseId() {
        return NationalId.vietnamese(String.format("079%09d", CCCD.incrementAndGet()));
    }

    /** A Turkish mobile number in E.164 ({@code +90555…}), never returned before. */
    public static PhoneNumber phone() {
        return new PhoneNumber(String.format("+90555%07d", PHONE.incrementAndGet()));
    }

    public static Login login() {
        return new Login("user-" + TEXT.incrementAndGet() + "@wallet.example");
    }

    public static EmailAddress email() {
        return new EmailAddress("person" + TEXT.incrementAndGet() + "@mail.example");
    }

    public static BankingUsername bankingUsername() {
        return new BankingUsername("ibmb." + TEXT.incrementAndGet());
    }

    /** A token such as {@code REF-17} for external ids and references. */
    public static String reference(String prefix) {
        return prefix + "-" + TEXT.incrementAndGet();
    }

    /** A CIF outside the range the in-memory number sequence issues (which starts at 1000000001). */
    public static CustomerNumber customerNumber() {
        return new CustomerNumber(8_000_000_000L + CIF.incrementAndGet());
    }

    /** A 10-digit account number outside the range the in-memory number sequence issues. */
    public static AccountNumber accountNumber() {
        return new AccountNumber(Long.toString(7_300_000_000L + ACCOUNT.incrementAndGet()));
    }
}
