package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Reads the names and dates a client sends, refusing what it cannot read with the field at fault. */
public final class Choices {

    private Choices() {
    }

    /** The constant of {@code type} named {@code raw} (case ignored), or null when nothing was sent. */
    public static <E extends Enum<E>> E optional(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, SafeText.quote(raw) + " is not one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    public static <E extends Enum<E>> E required(Class<E> type, String raw, String field) {
        E value = optional(type, raw, field);
        if (value == null) {
            throw new RuleViolationException(field, "Choose one of " + Arrays.toString(type.getEnumConstants())
                    + ".");
        }
        return value;
    }

    /** An instant ({@code 2026-03-01T00:00:00Z}) or a date ({@code 2026-03-01}, midnight UTC); null when absent. */
    public static Instant instant(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, SafeText.quote(raw) + " is not a date; write it as 2026-03-01"
                    + " or 2026-03-01T09:00:00Z.");
        }
    }
}
