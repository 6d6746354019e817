package io.peeringconsole.privacy.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code <rule>}: when its conditions hold, it grants its sub-handling (if it has one) and its transformations.
 * A rule without sub-handling still contributes its transformations to the combination, as RFC 4745 §10 combines
 * each permission on its own.
 */
public record Rule(String id, Conditions conditions, Optional<SubHandling> subHandling,
        Transformations transformations) {

    /** The XML ID production, simplified: the id must be usable as an attribute of type xs:ID. */
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    public Rule {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A rule id must start with a letter or _ and contain only letters,"
                    + " digits, '.', '-' and '_' (got " + id + ").");
        }
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(subHandling, "subHandling");
        Objects.requireNonNull(transformations, "transformations");
    }

    public static Rule of(String id, Conditions conditions, SubHandling handling, Transformations transformations) {
        return new Rule(id, conditions, Optional.of(handling), transformations);
    }

    public boolean applies(WatcherIdentity watcher, Optional<String> presentitySphere, Instant at) {
        return conditions.hold(watcher, presentitySphere, at);
    }

    public boolean isAllow() {
        return subHandling.filter(SubHandling.ALLOW::equals).isPresent();
    }
}
