package io.peeringconsole.privacy.rules;

import java.util.Arrays;
import java.util.Optional;

/** The value of {@code <provide-user-input>} (RFC 5025 §3.3.2), from least to most revealing. */
public enum UserInputLevel {
    FALSE("false"),
    BARE("bare"),
    THRESHOLDS("thresholds"),
    FULL("full");

    private final String token;

    UserInputLevel(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public UserInputLevel max(UserInputLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static Optional<UserInputLevel> fromToken(String token) {
        return Arrays.stream(values()).filter(level -> level.token.equals(token)).findFirst();
    }
}
