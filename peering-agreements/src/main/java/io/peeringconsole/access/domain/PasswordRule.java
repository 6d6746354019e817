package io.peeringconsole.access.domain;

import io.peeringconsole.rules.RuleViolationException;

/**
 * What a new password must be. Length over composition rules (NIST SP 800-63B); an upper bound keeps a hostile
 * request from making the hasher chew megabytes.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1024;

    private PasswordRule() {
    }

    public static void check(String username, char[] password) {
        if (password == null || password.length == 0) {
            throw new RuleViolationException("password", "Enter a password of at least " + MIN_LENGTH + " characters.");
        }
        String candidate = new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolationException("password", "The password has " + length + " characters; it needs at"
                    + " least " + MIN_LENGTH + ". A few unrelated words make a long password easy to remember.");
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolationException("password", "The password may have at most " + MAX_LENGTH
                    + " characters.");
        }
        if (username != null && candidate.strip().equalsIgnoreCase(username.strip())) {
            throw new RuleViolationException("password", "The password must not be the user name.");
        }
    }
}
