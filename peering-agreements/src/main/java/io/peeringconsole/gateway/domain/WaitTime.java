package io.peeringconsole.gateway.domain;

import io.peeringconsole.rules.SafeText;
import java.time.Duration;
import java.util.Optional;

/** The query parameters of a long poll: {@code wait} (whole seconds, 1 to 300) and {@code after} (a serial). */
public final class WaitTime {

    public static final int MAX_SECONDS = 300;

    private WaitTime() {
    }

    /** Empty when no wait was asked for; anything but 1 to 300 whole seconds is refused. */
    public static Optional<Duration> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        long seconds = wholeNumber(raw, "wait", "wait must be a whole number of seconds from 1 to " + MAX_SECONDS);
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new MalformedGatewayRequestException("wait must be a whole number of seconds from 1 to "
                    + MAX_SECONDS + "; " + SafeText.quote(raw) + " was given. Poll again with a value in range.");
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Empty when absent; a serial is a whole number of 0 or more. */
    public static Optional<Long> after(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        long serial = wholeNumber(raw, "after", "after must be the serial you hold (a whole number of 0 or more)");
        if (serial < 0) {
            throw new MalformedGatewayRequestException("after must be the serial you hold (a whole number of 0 or"
                    + " more); " + serial + " was given.");
        }
        return Optional.of(serial);
    }

    private static long wholeNumber(String raw, String name, String rule) {
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')) {
            throw new MalformedGatewayRequestException(rule + "; " + SafeText.quote(raw) + " was given.");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notNumber) {
            throw new MalformedGatewayRequestException(rule + "; " + SafeText.quote(raw) + " was given.");
        }
    }
}
