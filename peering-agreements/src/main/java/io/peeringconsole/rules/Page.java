package io.peeringconsole.rules;

import java.util.List;
import java.util.function.Function;

/** One page of a larger result: the items, how many there are in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
