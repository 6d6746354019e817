package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When an agreement is in force: from a start, up to an optional end (exclusive). Held to the microsecond, the
 * precision the database keeps, so that what is read back equals what was written.
 */
public record Validity(Instant from, Instant until) {

    // Outside these bounds a date is a typing mistake, and some would not fit a TIMESTAMP column.
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    public Validity {
        if (from == null) {
            throw new RuleViolationException("validFrom", "Enter the date from which the agreement is valid.");
        }
        from = bounded(from, "validFrom", "start");
        until = until == null ? null : bounded(until, "validUntil", "end");
        if (until != null && !until.isAfter(from)) {
            throw new RuleViolationException("validUntil", "The end of validity (" + until + ") must come after its"
                    + " start (" + from + "); choose a later end, or leave it open.");
        }
    }

    public static Validity startingAt(Instant start) {
        return new Validity(start, null);
    }

    public static Validity between(Instant start, Instant end) {
        return new Validity(start, end);
    }

    /** True once the end has been reached; an open-ended validity never ends. */
    public boolean hasEndedBy(Instant now) {
        return until != null && !now.isBefore(until);
    }

    private static Instant bounded(Instant value, String field, String which) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new RuleViolationException(field, "The " + which + " of validity (" + value + ") must lie between "
                    + EARLIEST + " and " + LATEST + ".");
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }
}
