package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.rules.Permissions;
import io.peeringconsole.privacy.rules.SubHandling;

import java.util.Optional;
import java.util.Set;

/**
 * What one watcher is shown. The outcome per combined sub-handling:
 * <ul>
 * <li>{@code allow}: the presence document restricted to the provided attributes within the ceiling;</li>
 * <li>{@code polite-block}: the {@link PresenceDocument#neutral() neutral document} (the presentity, no attributes),
 * which is also what an allow rule providing nothing yields;</li>
 * <li>{@code confirm}, {@code block}, or no matching rule: no document at all. A pending subscription and a
 * rejected one send nothing either, so a blocked watcher looks exactly like one for whom no rule exists.</li>
 * </ul>
 *
 * @param visible the attributes the watcher may see (empty unless allowed)
 */
public record WatcherView(String watcher, SubHandling handling, Set<PresenceAttribute> visible,
        Optional<PresenceDocument> document) {

    public WatcherView {
        visible = PresenceAttribute.setOf(visible);
    }

    static WatcherView of(String watcher, Permissions permissions, PresenceDocument document,
            Set<PresenceAttribute> ceiling) {
        return switch (permissions.subHandling()) {
            case ALLOW -> {
                Set<PresenceAttribute> visible = PresenceAttribute.intersection(permissions.provided(), ceiling);
                yield new WatcherView(watcher, SubHandling.ALLOW, visible, Optional.of(document.restrictedTo(visible)));
            }
            case POLITE_BLOCK -> new WatcherView(watcher, SubHandling.POLITE_BLOCK, Set.of(),
                    Optional.of(document.neutral()));
            case CONFIRM, BLOCK -> new WatcherView(watcher, permissions.subHandling(), Set.of(), Optional.empty());
        };
    }

    /**
     * What of this view can be observed outside the home network: nothing, or the set of visible attributes (empty
     * for both a polite block and an allow that provides nothing, which look alike on purpose).
     */
    public Optional<Set<PresenceAttribute>> disclosure() {
        return document.map(sent -> visible);
    }
}
