package io.peeringconsole.privacy.rules;

import java.time.Instant;
import java.util.Objects;

/** One {@code <from>}/{@code <until>} pair: from inclusive, until exclusive, so adjacent intervals never overlap. */
public record ValidityInterval(Instant from, Instant until) {

    public ValidityInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("A validity interval must end after it starts (from " + from
                    + ", until " + until + ").");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
