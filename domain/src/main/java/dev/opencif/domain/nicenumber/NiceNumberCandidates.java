package dev.opencif.domain.nicenumber;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.shared.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates account numbers of a fixed length that match a {@link NicePattern}, nicest first. The
 * caller removes numbers that are taken or held and keeps the first ones that remain. Numbers never
 * start with 0. Deterministic: the same pattern gives the same candidates in the same order.
 */
public final class NiceNumberCandidates {
    private NiceNumberCandidates() {
    }

    /**
     * Up to {@code limit} distinct candidates of {@code length} digits matching {@code pattern}, ordered
     * by tier (nicest first), then by number.
     */
    public static List<AccountNumber> generate(NicePattern pattern, int length, int limit) {
        Checks.required(pattern, "pattern");
        Checks.that(length >= 6 && length <= 20, "length", "must be between 6 and 20");
        Checks.that(limit >= 1 && limit <= 10_000, "limit", "must be between 1 and 10000");
        String digits = pattern.digits();
        if (digits.length() > length) {
            return List.of();
        }
        if (pattern.kind() == NicePattern.Kind.EXACT) {
            return digits.length() == length && digits.charAt(0) != '0' ? List.of(new AccountNumber(digits)) : List.of();
        }
        Set<String> raw = new LinkedHashSet<>();
        int free = length - digits.length();
        for (String fill : fills(free, limit * 4)) {
            for (String candidate : placements(pattern, digits, fill)) {
                if (candidate.charAt(0) != '0') {
                    raw.add(candidate);
                }
            }
            if (raw.size() >= limit * 4) {
                break;
            }
        }
        List<AccountNumber> numbers = new ArrayList<>();
        for (String s : raw) {
            AccountNumber number = new AccountNumber(s);
            if (pattern.matches(number)) {
                numbers.add(number);
            }
        }
        numbers.sort(Comparator.comparing(NiceNumberRules::classify).reversed().thenComparing(Comparator.naturalOrder()));
        return numbers.size() > limit ? List.copyOf(numbers.subList(0, limit)) : List.copyOf(numbers);
    }

    private static List<String> placements(NicePattern pattern, String digits, String fill) {
        return switch (pattern.kind()) {
            case SUFFIX -> List.of(fill + digits);
            case PREFIX -> List.of(digits + fill);
            case CONTAINS, REPEATED -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i <= fill.length(); i++) {
                    out.add(fill.substring(0, i) + digits + fill.substring(i));
                }
                yield out;
            }
            case EXACT -> List.of(digits);
        };
    }

    /** Fillers for the free positions: equal digits, straights, then a counting sweep. */
    private static List<String> fills(int width, int wanted) {
        Set<String> out = new LinkedHashSet<>();
        if (width == 0) {
            out.add("");
            return List.copyOf(out);
        }
        for (char d = '9'; d >= '0'; d--) {
            out.add(String.valueOf(d).repeat(width));
        }
        for (int start = 0; start <= 9; start++) {
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            for (int i = 0; i < width; i++) {
                up.append((char) ('0' + (start + i) % 10));
                down.append((char) ('0' + Math.floorMod(start - i, 10)));
            }
            out.add(up.toString());
            out.add(down.toString());
        }
        long max = width >= 19 ? Long.MAX_VALUE : (long) Math.pow(10, width);
        long step = Math.max(1, max / Math.max(1, wanted * 8L) | 1);
        for (long v = 1; v < max && out.size() < wanted + 30; v += step) {
            String s = Long.toString(v);
            out.add("0".repeat(Math.max(0, width - s.length())) + s);
        }
        return List.copyOf(out);
    }
}
