package dev.opencif.testkit.memory;

import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory {@link dev.opencif.application.port.out.TransactionSumsPort} arithmetic: sums of booked transactions
 * in exact decimals, per currency, as the JDBC adapter computes them with GROUP BY.
 */
final class TransactionSums {
    private TransactionSums() {
    }

    /** Count, volume (sum of amounts) and fees (sum of fees, none counting as zero) per currency, by currency code. */
    static List<CurrencyAmounts> byCurrency(List<Transaction> transactions) {
        Map<String, Totals> totals = new TreeMap<>();
        for (Transaction t : transactions) {
            totals.computeIfAbsent(currency(t), c -> new Totals(t.amount())).add(t);
        }
        return totals.entrySet().stream()
                .map(e -> new CurrencyAmounts(e.getKey(), e.getValue().count, e.getValue().volume, e.getValue().fees))
                .toList();
    }

    /** Fees per calendar month (UTC) and currency; only months with transactions appear, by month then currency. */
    static List<RevenueLine> monthlyFees(List<Transaction> transactions) {
        Map<YearMonth, Map<String, Totals>> months = new TreeMap<>();
        for (Transaction t : transactions) {
            YearMonth month = YearMonth.from(t.bookedAt().atZone(ZoneOffset.UTC));
            months.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(currency(t), c -> new Totals(t.amount())).add(t);
        }
        List<RevenueLine> lines = new ArrayList<>();
        months.forEach((month, byCurrency) -> byCurrency.forEach((currency, totals) ->
                lines.add(new RevenueLine(month, currency, totals.fees))));
        return List.copyOf(lines);
    }

    /**
     * Count and total amount per indicator, direction, scope and currency, after the optional filters
     * (empty indicators, {@code null} direction, scope or currency: no filter); ordered by those keys.
     */
    static List<TransactionValue> values(List<Transaction> transactions, Set<String> indicators, Direction direction,
                                         Scope scope, String currency) {
        String wantedCurrency = currency;
        Map<Key, Totals> groups = new TreeMap<>(Key.ORDER);
        for (Transaction t : transactions) {
            if ((indicators.isEmpty() || indicators.contains(t.indicator()))
                    && (direction == null || t.direction() == direction)
                    && (scope == null || t.scope() == scope)
                    && (wantedCurrency == null || currency(t).equalsIgnoreCase(wantedCurrency))) {
                groups.computeIfAbsent(new Key(t.indicator(), t.direction(), t.scope(), currency(t)), k -> new Totals(t.amount())).add(t);
            }
        }
        return groups.entrySet().stream()
                .map(e -> new TransactionValue(e.getKey().indicator(), e.getKey().direction(), e.getKey().scope(),
                        e.getKey().currency(), e.getValue().count, e.getValue().volume))
                .toList();
    }

    private static String currency(Transaction t) {
        return t.amount().currency().value();
    }

    private record Key(String indicator, Direction direction, Scope scope, String currency) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::indicator).thenComparing(Key::direction)
                .thenComparing(Key::scope).thenComparing(Key::currency);
    }

    /** Running sums in one currency, at that currency's minor units. */
    private static final class Totals {
        long count;
        BigDecimal volume;
        BigDecimal fees;

        Totals(Money sample) {
            BigDecimal zero = BigDecimal.ZERO.setScale(sample.minorUnits());
            volume = zero;
            fees = zero;
        }

        void add(Transaction t) {
            count++;
            volume = volume.add(t.amount().amount());
            if (t.fee() != null) {
                fees = fees.add(t.fee().amount());
            }
        }
    }
}
