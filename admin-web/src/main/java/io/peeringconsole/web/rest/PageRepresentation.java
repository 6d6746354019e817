package io.peeringconsole.web.rest;

import io.peeringconsole.rules.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: the items, how many there are in all, and where this page starts. */
public record PageRepresentation<T>(List<T> items, long total, int offset, int limit) {

    public static <S, T> PageRepresentation<T> of(Page<S> page, Function<S, T> convert) {
        return new PageRepresentation<>(page.items().stream().map(convert).toList(), page.total(), page.offset(), page.limit());
    }
}
