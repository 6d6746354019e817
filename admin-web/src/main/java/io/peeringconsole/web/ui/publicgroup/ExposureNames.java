package io.peeringconsole.web.ui.publicgroup;

import io.peeringconsole.agreement.application.PublicGroupView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "Exposed to" column of a page of public groups: the first few peers of each row by name, looked up for the
 * whole page at once, so that a page of groups costs one query for names, not one per peer per row.
 */
final class ExposureNames {

    static final int NAMES_SHOWN = 3;
    static final ExposureNames NONE = new ExposureNames(Map.of());

    private final Map<Long, String> names;

    private ExposureNames(Map<Long, String> names) {
        this.names = Map.copyOf(names);
    }

    /** Looks up, with one call of {@code lookup}, the names every row of {@code rows} shows. */
    static ExposureNames of(List<PublicGroupView> rows, Function<Collection<Long>, Map<Long, String>> lookup) {
        Set<Long> shown = rows.stream().flatMap(group -> shown(group).stream()).collect(Collectors.toSet());
        return shown.isEmpty() ? NONE : new ExposureNames(lookup.apply(shown));
    }

    /** The peers' names, "#id" for a peer deleted meanwhile, and how many more there are. */
    String describe(PublicGroupView group) {
        if (group.exposedTo().isEmpty()) {
            return "Nobody (private)";
        }
        List<String> shown = shown(group).stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
        int more = group.exposedTo().size() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    private static List<Long> shown(PublicGroupView group) {
        return group.exposedTo().stream().sorted().limit(NAMES_SHOWN).toList();
    }
}
