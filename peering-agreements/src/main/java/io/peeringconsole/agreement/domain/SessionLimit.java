package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;

/** How many MSRP sessions may be open between the two networks at once. */
public record SessionLimit(int maxConcurrentSessions) {

    // Far above any real peering; beyond it a value is a typing mistake, not a capacity plan.
    public static final int MAX_CONCURRENT_SESSIONS = 1_000_000;

    public SessionLimit {
        if (maxConcurrentSessions < 1 || maxConcurrentSessions > MAX_CONCURRENT_SESSIONS) {
            throw new RuleViolationException("maxConcurrentSessions", "The maximum number of concurrent sessions must"
                    + " be between 1 and " + MAX_CONCURRENT_SESSIONS + "; " + maxConcurrentSessions + " was given.");
        }
    }
}
