package io.peeringconsole.privacy.rules;

import java.util.Set;

/**
 * Which components (services, persons or devices) a rule provides: all of them, or those picked by selectors.
 * <p>
 * Our presence document is flat and cannot tell which service or device a value came from, so only a selection of
 * <em>all</em> components grants anything; a partial selection is kept, so that documents survive a round trip, but
 * grants nothing. That errs on the side of withholding.
 */
public record ComponentSelection(boolean all, Set<Selector> selectors) {

    public static final ComponentSelection NONE = new ComponentSelection(false, Set.of());
    public static final ComponentSelection ALL = new ComponentSelection(true, Set.of());

    public ComponentSelection {
        // RFC 5025 offers all-X or selectors, not both; "all" makes any selector redundant.
        selectors = all ? Set.of() : SortedSets.copyOf(selectors);
    }

    public static ComponentSelection of(Selector... selectors) {
        return new ComponentSelection(false, Set.of(selectors));
    }

    public boolean isNone() {
        return !all && selectors.isEmpty();
    }

    /** RFC 4745 §10: set-valued permissions combine by union. */
    public ComponentSelection combine(ComponentSelection other) {
        if (other.isNone() || all) {
            return this;
        }
        if (isNone() || other.all) {
            return other;
        }
        return new ComponentSelection(all || other.all, SortedSets.union(selectors, other.selectors));
    }
}
