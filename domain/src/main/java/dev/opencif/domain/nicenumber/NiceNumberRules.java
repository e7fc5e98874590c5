package dev.opencif.domain.nicenumber;

import dev.opencif.domain.account.AccountNumber;
import java.util.List;

/**
 * Classifies account numbers into {@link NiceTier}s. The rules, strongest first:
 * <ul>
 *   <li>PLATINUM: a run of 6 or more equal digits, an ascending or descending run of 6 or more, or a
 *       number whose last 8 digits read the same both ways (mirrored).</li>
 *   <li>GOLD: a run of 5 equal digits, a straight run of 5, a repeated pair block ({@code 6868},
 *       {@code 3939}) at the end, or a lucky 4-digit suffix ({@code 8888}, {@code 6868}, {@code 3979}, …).</li>
 *   <li>SILVER: a run of 4 equal digits, a straight run of 4, a mirrored last 6 digits, or a lucky
 *       2–3-digit suffix ({@code 68}, {@code 86}, {@code 39}, {@code 79}, {@code 888}, {@code 666}).</li>
 *   <li>STANDARD: anything else.</li>
 * </ul>
 */
public final class NiceNumberRules {
    private static final List<String> LUCKY_GOLD_SUFFIXES = List.of("8888", "6666", "9999", "6868", "8686", "3979", "3939", "7979", "1368");
    private static final List<String> LUCKY_SILVER_SUFFIXES = List.of("888", "666", "999", "68", "86", "39", "79");

    private NiceNumberRules() {
    }

    public static NiceTier classify(AccountNumber number) {
        String n = number.value();
        int sameRun = longestRun(n, 0);
        int straightRun = Math.max(longestRun(n, 1), longestRun(n, -1));
        if (sameRun >= 6 || straightRun >= 6 || isMirrored(tail(n, 8))) {
            return NiceTier.PLATINUM;
        }
        if (sameRun >= 5 || straightRun >= 5 || endsWithPairBlock(n) || endsWithAny(n, LUCKY_GOLD_SUFFIXES)) {
            return NiceTier.GOLD;
        }
        if (sameRun >= 4 || straightRun >= 4 || isMirrored(tail(n, 6)) || endsWithAny(n, LUCKY_SILVER_SUFFIXES)) {
            return NiceTier.SILVER;
        }
        return NiceTier.STANDARD;
    }

    /** Longest run where each digit differs from the previous by {@code step} (0: equal digits, ±1: straights). */
    static int longestRun(String n, int step) {
        int best = 1;
        int current = 1;
        for (int i = 1; i < n.length(); i++) {
            if (n.charAt(i) - n.charAt(i - 1) == step) {
                current++;
                best = Math.max(best, current);
            } else {
                current = 1;
            }
        }
        return best;
    }

    static boolean isMirrored(String s) {
        if (s.length() < 6) {
            return false;
        }
        for (int i = 0, j = s.length() - 1; i < j; i++, j--) {
            if (s.charAt(i) != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithPairBlock(String n) {
        if (n.length() < 4) {
            return false;
        }
        String last4 = tail(n, 4);
        return last4.charAt(0) == last4.charAt(2) && last4.charAt(1) == last4.charAt(3) && last4.charAt(0) != last4.charAt(1);
    }

    private static boolean endsWithAny(String n, List<String> suffixes) {
        return suffixes.stream().anyMatch(n::endsWith);
    }

    private static String tail(String n, int length) {
        return n.length() <= length ? n : n.substring(n.length() - length);
    }
}
