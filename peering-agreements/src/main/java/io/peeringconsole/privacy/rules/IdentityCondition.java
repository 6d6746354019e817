package io.peeringconsole.privacy.rules;

import java.util.List;
import java.util.Set;

/**
 * An {@code <identity>} condition: the watcher is one of the {@code <one>} identities, or matches one of the
 * {@code <many>} conditions. An identity condition with neither matches nobody, which is the safe reading.
 */
public record IdentityCondition(Set<String> ones, List<ManyIdentities> many) {

    public IdentityCondition {
        ones = SortedSets.copyOf(ones, Identities::normalize);
        many = List.copyOf(many);
    }

    public static IdentityCondition one(String... ids) {
        return new IdentityCondition(Set.of(ids), List.of());
    }

    public static IdentityCondition of(ManyIdentities... many) {
        return new IdentityCondition(Set.of(), List.of(many));
    }

    public boolean matches(String watcher) {
        return matches(WatcherIdentity.of(watcher));
    }

    public boolean matches(WatcherIdentity watcher) {
        if (ones.contains(watcher.uri())) {
            return true;
        }
        for (ManyIdentities condition : many) {
            if (condition.matches(watcher)) {
                return true;
            }
        }
        return false;
    }

    /** True when every identity of {@code domain} matches: nobody there is singled out by an exception. */
    public boolean coversAllOf(String domain) {
        return many.stream().anyMatch(m -> m.coversAllOf(domain));
    }
}
