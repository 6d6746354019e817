package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Terms of list-based subscription: which kinds of list may be subscribed to, and how many members a list may have. */
public record PresenceListLimits(Set<ListKind> allowedKinds, int maxListSize) {

    public static final int MAX_LIST_SIZE = 10_000;

    public PresenceListLimits {
        if (allowedKinds == null || allowedKinds.isEmpty()) {
            throw new RuleViolationException("allowedListKinds", "Choose at least one kind of list (PERSONAL, PUBLIC"
                    + " or AD_HOC) that list-based subscriptions may target.");
        }
        if (allowedKinds.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolationException("allowedListKinds", "A list kind is missing; choose PERSONAL, PUBLIC or"
                    + " AD_HOC.");
        }
        if (maxListSize < 1 || maxListSize > MAX_LIST_SIZE) {
            throw new RuleViolationException("maxListSize", "The maximum list size must be between 1 and "
                    + MAX_LIST_SIZE + "; " + maxListSize + " was given.");
        }
        allowedKinds = Collections.unmodifiableSet(EnumSet.copyOf(allowedKinds));
    }

    public boolean allows(ListKind kind) {
        return allowedKinds.contains(kind);
    }
}
