package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.rules.RuleSet;

import java.time.Instant;
import java.util.Set;

/** The home network's reference answer: what watcher W sees of presentity P's document under P's rule set. */
public final class HomeEvaluator {

    private HomeEvaluator() {
    }

    /**
     * The view of {@code watcher} at {@code at}, see {@link WatcherView} for each sub-handling; attributes outside
     * the permission's allow-list are removed whatever the rules provide.
     */
    public static WatcherView view(RuleSet rules, PresenceDocument document, String watcher,
            PrivacyPermission permission, Instant at) {
        return view(rules, document, watcher, permission.allowedAttributes(), at);
    }

    static WatcherView view(RuleSet rules, PresenceDocument document, String watcher,
            Set<PresenceAttribute> ceiling, Instant at) {
        var permissions = rules.permissionsFor(watcher, document.value(PresenceAttribute.SPHERE), at);
        return WatcherView.of(watcher, permissions, document, ceiling);
    }
}
