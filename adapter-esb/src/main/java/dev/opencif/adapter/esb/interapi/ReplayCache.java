package dev.opencif.adapter.esb.interapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.dialect.DialectResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The first answer to each (AppKey, ChannelRequestId, method), so a retried request is answered again
 * without running twice. Bounded (oldest first out) and per process: a shared store would be a later port.
 * A request running right now makes its twin wait for the same answer.
 */
final class ReplayCache {
    /** What {@link #claim} decided: run the request, replay an answer, or refuse a different request under a used id. */
    record Claim(Kind kind, CompletableFuture<DialectResponse> answer) {
        enum Kind {
            RUN,
            REPLAY,
            MISMATCH
        }
    }

    private record Entry(JsonNode fingerprint, CompletableFuture<DialectResponse> answer) {
    }

    private final LinkedHashMap<String, Entry> entries;

    ReplayCache(int capacity) {
        this.entries = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Claim claim(String key, JsonNode fingerprint) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(fingerprint, new CompletableFuture<>());
            entries.put(key, entry);
            return new Claim(Claim.Kind.RUN, entry.answer());
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Claim(Claim.Kind.MISMATCH, null);
        }
        return new Claim(Claim.Kind.REPLAY, entry.answer());
    }

    /** Drops an answer that must not be replayed (a server failure): the next try runs again. */
    synchronized void forget(String key, CompletableFuture<DialectResponse> answer) {
        Entry entry = entries.get(key);
        if (entry != null && entry.answer() == answer) {
            entries.remove(key);
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
