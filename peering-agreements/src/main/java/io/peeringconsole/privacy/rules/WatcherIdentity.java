package io.peeringconsole.privacy.rules;

/**
 * A watcher's URI normalised once, with its domain, so that matching a rule set against one watcher does not
 * normalise the same URI once per condition.
 */
public record WatcherIdentity(String uri, String domain) {

    public static WatcherIdentity of(String watcher) {
        String uri = Identities.normalize(watcher);
        return new WatcherIdentity(uri, Identities.domainOf(uri));
    }
}
