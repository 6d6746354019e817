package io.peeringconsole.rules.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query once per slice of an id list. A publish reads every peer of a local domain at once; one IN list of
 * tens of thousands of ids would pass PostgreSQL's limit of bind parameters per statement, slices of
 * {@value #SIZE} stay well within it and still make a handful of round trips.
 */
public final class IdChunks {

    public static final int SIZE = 1000;

    private IdChunks() {
    }

    /** The rows {@code query} answers for each slice of the distinct {@code ids}, slice after slice. */
    public static <T> List<T> query(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + SIZE))));
        }
        return rows;
    }
}
