package io.peeringconsole.web.ui.trust;

import java.util.Locale;

/**
 * Which words and tone a verdict, a reason or an expiry gets. The codes come from the trust service as strings, so an
 * unknown one still gets a neutral badge rather than breaking the page.
 */
final class TrustBadges {

    static final String TRUSTED = "Trusted";
    static final String NOT_TRUSTED = "Not trusted";

    private TrustBadges() {
    }

    static String verdictLabel(boolean trusted) {
        return trusted ? TRUSTED : NOT_TRUSTED;
    }

    static Tone verdictTone(boolean trusted) {
        return trusted ? Tone.SUCCESS : Tone.ERROR;
    }

    /** The service says ERROR, the validator FAILURE: both make a verdict "not trusted". */
    static Tone severityTone(String severity) {
        return switch (normal(severity)) {
            case "ERROR", "FAILURE" -> Tone.ERROR;
            case "WARNING" -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
    }

    static String severityLabel(String severity) {
        return switch (normal(severity)) {
            case "ERROR", "FAILURE" -> "Error";
            case "WARNING" -> "Warning";
            case "INFO" -> "Info";
            default -> severity == null ? "" : severity;
        };
    }

    static Tone expiryTone(String level) {
        return switch (normal(level)) {
            case "EXPIRED", "WITHIN_7_DAYS" -> Tone.ERROR;
            case "WITHIN_30_DAYS" -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
    }

    /** {@code Expired 3 days ago}, {@code Expires today}, {@code 12 days left}. */
    static String expiryLabel(String level, long daysLeft) {
        if ("EXPIRED".equals(normal(level)) || daysLeft < 0) {
            long ago = Math.max(0, -daysLeft);
            return ago == 0 ? "Expired" : "Expired " + ago + (ago == 1 ? " day ago" : " days ago");
        }
        if (daysLeft == 0) {
            return "Expires today";
        }
        return daysLeft + (daysLeft == 1 ? " day left" : " days left");
    }

    static String crlLabel(boolean stale) {
        return stale ? "Stale" : "Current";
    }

    static Tone crlTone(boolean stale) {
        return stale ? Tone.ERROR : Tone.SUCCESS;
    }

    private static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
