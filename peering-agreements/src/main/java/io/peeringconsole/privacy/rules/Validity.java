package io.peeringconsole.privacy.rules;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A {@code <validity>} condition: true at any instant inside at least one of its intervals. */
public record Validity(List<ValidityInterval> intervals) {

    public Validity {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("A validity condition needs at least one from/until interval.");
        }
    }

    public static Validity between(Instant from, Instant until) {
        return new Validity(List.of(new ValidityInterval(from, until)));
    }

    public boolean contains(Instant at) {
        return intervals.stream().anyMatch(interval -> interval.contains(at));
    }

    /** Every instant at which this condition may change its answer. */
    public Stream<Instant> boundaries() {
        return intervals.stream().flatMap(interval -> Stream.of(interval.from(), interval.until()));
    }
}
