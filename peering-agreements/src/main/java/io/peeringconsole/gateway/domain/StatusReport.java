package io.peeringconsole.gateway.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.Locale;
import java.util.Objects;

/**
 * A gateway's report on one serial: {@code APPLIED}, or {@code REJECTED} with the reason. The reason comes from a
 * machine we do not control, so it is bounded and cleaned before anyone stores or shows it: control characters become
 * spaces (no forged log lines) and bidirectional overrides are dropped (no text that reads differently than it is).
 */
public record StatusReport(long serial, ReportOutcome outcome, String reason) {

    public static final int MAX_REASON = 500;

    public StatusReport {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ReportOutcome.APPLIED) {
            reason = null;
        }
    }

    /** Checks a report as a gateway sent it; every refusal names the field and says what to send instead. */
    public static StatusReport of(Long serial, String outcome, String reason) {
        if (serial == null) {
            throw new RuleViolationException("serial", "Say which snapshot you report on: \"serial\" as received in"
                    + " the X-Snapshot-Serial header.");
        }
        if (serial < 1) {
            throw new RuleViolationException("serial", "Serials start at 1; " + serial + " was given.");
        }
        ReportOutcome parsed = outcome(outcome);
        if (parsed == ReportOutcome.APPLIED) {
            return new StatusReport(serial, parsed, null);
        }
        String cleaned = clean(reason);
        if (cleaned == null) {
            throw new RuleViolationException("reason", "A REJECTED report needs a \"reason\": say why the snapshot was"
                    + " not applied, so that an administrator can fix it.");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_REASON) {
            throw new RuleViolationException("reason", "The reason may have at most " + MAX_REASON + " characters;"
                    + " it had " + cleaned.codePointCount(0, cleaned.length()) + ". Shorten it; details belong in"
                    + " the gateway's own log.");
        }
        return new StatusReport(serial, parsed, cleaned);
    }

    private static ReportOutcome outcome(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolationException("outcome", "Say what happened: \"outcome\" is APPLIED or REJECTED.");
        }
        try {
            return ReportOutcome.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolationException("outcome", "The outcome must be APPLIED or REJECTED; "
                    + SafeText.quote(raw) + " was given.");
        }
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (!isBidiControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return SafeText.trimToNull(out.toString());
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
