package io.peeringconsole.rules.application;

import io.peeringconsole.rules.RuleViolationException;

/** The bounds every paged query accepts, so that no request can ask for the whole table at once. */
public final class PageWindow {

    public static final int MAX_LIMIT = 500;

    private PageWindow() {
    }

    public static void check(int offset, int limit) {
        if (offset < 0) {
            throw new RuleViolationException("offset", "The offset must be 0 or more; " + offset + " was given.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolationException("limit", "Ask for 1 to " + MAX_LIMIT + " rows at a time; " + limit
                    + " was given.");
        }
    }
}
