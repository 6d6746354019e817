package io.peeringconsole.privacy.rules;

import java.util.Optional;
import java.util.Set;

/**
 * A {@code <many>} identity condition: every authenticated identity, or every identity of one {@code domain},
 * except the listed identities and domains.
 */
public record ManyIdentities(Optional<String> domain, Set<String> exceptIds, Set<String> exceptDomains) {

    public ManyIdentities {
        domain = domain.map(Identities::normalizeDomain);
        exceptIds = SortedSets.copyOf(exceptIds, Identities::normalize);
        exceptDomains = SortedSets.copyOf(exceptDomains, Identities::normalizeDomain);
    }

    public static ManyIdentities anyone() {
        return new ManyIdentities(Optional.empty(), Set.of(), Set.of());
    }

    public static ManyIdentities inDomain(String domain) {
        return new ManyIdentities(Optional.of(domain), Set.of(), Set.of());
    }

    public ManyIdentities except(String id) {
        return new ManyIdentities(domain, SortedSets.plus(exceptIds, id), exceptDomains);
    }

    public ManyIdentities exceptDomain(String excludedDomain) {
        return new ManyIdentities(domain, exceptIds, SortedSets.plus(exceptDomains, excludedDomain));
    }

    public boolean matches(String watcher) {
        return matches(WatcherIdentity.of(watcher));
    }

    public boolean matches(WatcherIdentity watcher) {
        return domain.map(watcher.domain()::equals).orElse(true)
                && !exceptDomains.contains(watcher.domain())
                && !exceptIds.contains(watcher.uri());
    }

    /** True when every identity of {@code wholeDomain} matches, so the condition excludes nobody there. */
    public boolean coversAllOf(String wholeDomain) {
        String d = Identities.normalizeDomain(wholeDomain);
        return domain.map(d::equals).orElse(true)
                && !exceptDomains.contains(d)
                && exceptIds.stream().map(Identities::domainOf).noneMatch(d::equals);
    }
}
