package io.peeringconsole.web.ui.privacy;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.Collection;
import java.util.stream.Collectors;

/** The words the privacy views use for modes and allow-lists, in one place so that grid and form agree. */
final class SharingModes {

    static final String DEFAULT_DENY = "Default deny";
    static final String NOTHING_LEAVES = "Nothing leaves";

    private SharingModes() {
    }

    static String explanation(SharingMode mode) {
        return switch (mode) {
            case PER_WATCHER -> "Our network filters: one copy per watcher, and only each watcher's own view leaves.";
            case VIEW_SHARING -> "One copy per distinct view, each with the list of the peer's watchers it is for.";
            case POLICY_DELEGATION -> "One full copy within the allow-list plus the users' rules; the peer filters."
                    + " Needs a security officer.";
        };
    }

    /** "Default deny" when nothing is stored, otherwise the mode's label. */
    static String modeOf(PrivacyPermissionView view) {
        return view.defaultDeny() ? DEFAULT_DENY : Formats.label(view.mode());
    }

    /** In the attributes' declared order, whatever set is given, so that equal allow-lists read alike. */
    static String attributes(Collection<PresenceAttribute> attributes) {
        return attributes.isEmpty() ? NOTHING_LEAVES
                : PresenceAttribute.setOf(attributes).stream().map(Formats::label).collect(Collectors.joining(", "));
    }
}
