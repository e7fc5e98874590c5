package dev.opencif.application.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of results with the total number of matches. */
public record Page<T>(List<T> items, long total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is smaller than the page size " + items.size());
        }
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }

    /** Pages a list held in memory: what in-memory adapters use. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.limit());
        return new Page<>(all.subList(from, to), all.size(), request);
    }
}
