package io.peeringconsole.privacy.rules;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code <conditions>} of a rule; all present conditions must hold (RFC 4745 §7). An absent identity condition
 * matches every watcher; an empty sphere set means no sphere condition.
 * <p>
 * A sphere condition is evaluated against the {@code SPHERE} attribute of the presentity's own presence document,
 * which is where RPID publishes the current sphere. When the document states no sphere, the condition is false: a
 * rule we cannot prove applicable grants nothing.
 */
public record Conditions(Optional<IdentityCondition> identity, Set<String> spheres, Optional<Validity> validity) {

    public static final Conditions ALWAYS = new Conditions(Optional.empty(), Set.of(), Optional.empty());

    public Conditions {
        spheres = SortedSets.copyOf(spheres);
        if (spheres.stream().anyMatch(sphere -> sphere.isBlank() || sphere.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("Sphere values are single non-blank tokens: " + spheres);
        }
    }

    public static Conditions identity(IdentityCondition identity) {
        return new Conditions(Optional.of(identity), Set.of(), Optional.empty());
    }

    public Conditions during(Validity period) {
        return new Conditions(identity, spheres, Optional.of(period));
    }

    public Conditions inSphere(Set<String> sphereValues) {
        return new Conditions(identity, sphereValues, validity);
    }

    public boolean hold(WatcherIdentity watcher, Optional<String> presentitySphere, Instant at) {
        return identity.map(condition -> condition.matches(watcher)).orElse(true)
                && sphereHolds(presentitySphere)
                && validity.map(period -> period.contains(at)).orElse(true);
    }

    /** True when, whatever the instant and sphere, every identity of {@code domain} satisfies the identity part. */
    public boolean identityCoversAllOf(String domain) {
        return identity.map(condition -> condition.coversAllOf(domain)).orElse(true);
    }

    public Stream<Instant> boundaries() {
        return validity.stream().flatMap(Validity::boundaries);
    }

    private boolean sphereHolds(Optional<String> presentitySphere) {
        if (spheres.isEmpty()) {
            return true;
        }
        return presentitySphere
                .map(current -> current.strip().toLowerCase(Locale.ROOT))
                .map(current -> spheres.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(current)))
                .orElse(false);
    }
}
