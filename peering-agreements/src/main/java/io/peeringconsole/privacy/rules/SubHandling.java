package io.peeringconsole.privacy.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code <sub-handling>} action of RFC 5025 §3.2.1, ordered by the values the RFC assigns (block 0, confirm 10,
 * polite-block 20, allow 30) so that combining matching rules is taking the maximum.
 */
public enum SubHandling {
    /** The subscription is rejected; the watcher gets nothing. */
    BLOCK("block", 0),
    /** The subscription waits for the presentity's decision; until then the watcher gets nothing. */
    CONFIRM("confirm", 10),
    /** The subscription is accepted, but the watcher only ever sees a neutral document. */
    POLITE_BLOCK("polite-block", 20),
    /** The watcher sees what the transformations provide. */
    ALLOW("allow", 30);

    private final String token;
    private final int value;

    SubHandling(String token, int value) {
        this.token = token;
        this.value = value;
    }

    public String token() {
        return token;
    }

    public int value() {
        return value;
    }

    public SubHandling max(SubHandling other) {
        return other.value > value ? other : this;
    }

    public static Optional<SubHandling> fromToken(String token) {
        return Arrays.stream(values()).filter(handling -> handling.token.equals(token)).findFirst();
    }
}
