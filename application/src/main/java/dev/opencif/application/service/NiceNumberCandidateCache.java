package dev.opencif.application.service;

import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.nicenumber.NiceNumberCandidates;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NicePattern;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the candidates {@link NiceNumberCandidates#generate} gives for a pattern, length and count, each
 * already classified by {@link NiceNumberRules}: both are deterministic and together they dominate the cost of a
 * search. Bounded by entries and by candidates held in all, least recently used first out; thread-safe.
 */
final class NiceNumberCandidateCache {
    /** Entries kept at most by the service's cache. */
    static final int DEFAULT_MAX_ENTRIES = 256;
    /** Candidates kept at most, over all entries, by the service's cache (about 100 bytes each). */
    static final int DEFAULT_MAX_CANDIDATES = 100_000;

    private record Key(NicePattern pattern, int length, int wanted) {
    }

    private final int maxEntries;
    private final int maxCandidates;
    private final LinkedHashMap<Key, List<NiceNumberOffer>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int heldCandidates;

    NiceNumberCandidateCache(int maxEntries, int maxCandidates) {
        if (maxEntries < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("maxEntries and maxCandidates must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.maxCandidates = maxCandidates;
    }

    /**
     * What {@code NiceNumberCandidates.generate(pattern, length, wanted)} returns, in its order, each number with its
     * tier; immutable. Invalid arguments fail as the generator fails, and nothing is kept for them.
     */
    List<NiceNumberOffer> classified(NicePattern pattern, int length, int wanted) {
        Key key = new Key(pattern, length, wanted);
        synchronized (this) {
            List<NiceNumberOffer> hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        // Generated outside the lock so one slow miss does not hold up other searches; a race only generates twice.
        List<NiceNumberOffer> generated = classify(NiceNumberCandidates.generate(pattern, length, wanted));
        if (generated.size() > maxCandidates) {
            return generated;
        }
        synchronized (this) {
            List<NiceNumberOffer> raced = entries.get(key);
            if (raced != null) {
                return raced;
            }
            entries.put(key, generated);
            heldCandidates += generated.size();
            Iterator<Map.Entry<Key, List<NiceNumberOffer>>> eldest = entries.entrySet().iterator();
            while (entries.size() > maxEntries || heldCandidates > maxCandidates) {
                heldCandidates -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
        return generated;
    }

    /** Entries held now. */
    synchronized int size() {
        return entries.size();
    }

    /** Candidates held now, over all entries. */
    synchronized int candidateCount() {
        return heldCandidates;
    }

    private static List<NiceNumberOffer> classify(List<AccountNumber> numbers) {
        List<NiceNumberOffer> offers = new ArrayList<>(numbers.size());
        for (AccountNumber number : numbers) {
            offers.add(new NiceNumberOffer(number, NiceNumberRules.classify(number)));
        }
        return List.copyOf(offers);
    }
}
