package io.peeringconsole.audit.alert;

import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.audit.forwarding.ForwardingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Turns facts about the trail into alerts, each with what to do. Pure, so every rule is tested without a console. */
public final class AlertRules {

    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private AlertRules() {
    }

    public static List<Alert> failedLogins(List<FailedLogins> counts, AlertSettings settings, Instant now) {
        List<Alert> alerts = new ArrayList<>();
        Instant since = now.minus(settings.failedLoginWindow()).truncatedTo(ChronoUnit.SECONDS);
        for (FailedLogins count : counts) {
            if (count.failures() < settings.failedLogins()) {
                continue;
            }
            boolean byUser = "user".equals(count.by());
            // Account names never contain parentheses: "(unknown user)" stands for names that are no account.
            boolean unknownNames = byUser && count.value().startsWith("(");
            String subject = unknownNames ? "for user names that are no account"
                    : (byUser ? "for " : "from ") + count.value();
            alerts.add(new Alert(Alert.Severity.WARNING, "FAILED_LOGINS", count.failures() + " failed logins " + subject,
                    count.failures() + " failed logins " + (unknownNames ? "with user names that are no account"
                            : byUser ? "for the user name " + count.value() : "from the address " + count.value())
                            + " in the last " + minutes(settings.failedLoginWindow()) + ".",
                    advice(byUser, unknownNames),
                    byUser ? Map.of("action", LOGIN_FAILED, "actor", count.value(), "from", since.toString())
                            : Map.of("action", LOGIN_FAILED, "from", since.toString())));
        }
        return alerts;
    }

    /** @param last the last verification, or {@code null} when none has run since the console started */
    public static List<Alert> verification(ChainVerification last, Instant verifiedAt) {
        if (last == null || last.intact()) {
            return List.of();
        }
        return List.of(new Alert(Alert.Severity.CRITICAL, "CHAIN_BROKEN",
                "The audit trail failed verification at entry #" + last.firstBrokenSequence(),
                "Verification at " + verifiedAt + " found: " + last.reason(),
                "Treat this as a security incident: keep a copy of the database as it is now, compare the entry with"
                        + " the forwarded copy in your SIEM or an export, and find out who had write access to the"
                        + " database."));
    }

    public static List<Alert> forwarding(ForwardingStatus status, AlertSettings settings, Instant now) {
        if (!status.enabled()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        if (status.receiverDown()) {
            alerts.add(new Alert(Alert.Severity.WARNING, "FORWARDING_DOWN",
                    "The syslog receiver " + status.destination() + " is not taking the trail",
                    status.consecutiveFailures() + " attempts in a row failed, the last at " + status.lastFailureAt()
                            + ": " + status.lastFailure() + ". " + status.backlog() + " entries wait; none is lost.",
                    "Check that the receiver runs and is reachable from the console (host, port, TLS certificate);"
                            + " the console retries by itself and catches up when it answers."));
        }
        if (status.backlog() > settings.backlog()) {
            alerts.add(new Alert(Alert.Severity.WARNING, "FORWARDING_BACKLOG",
                    status.backlog() + " audit entries not yet forwarded",
                    "The receiver has confirmed entries up to #" + status.forwardedUpTo() + " of #" + status.head()
                            + (status.lastSuccessAt() == null ? "; it has never confirmed any."
                            : "; last confirmation " + ago(status.lastSuccessAt(), now) + "."),
                    "If the receiver is down, bring it back; if it is slow, raise peering.audit.syslog.batch-size or"
                            + " check its disk and queue."));
        }
        return alerts;
    }

    private static String advice(boolean byUser, boolean unknownNames) {
        if (unknownNames) {
            return "Someone may be guessing user names (the names tried are kept as keyed hashes; match one you"
                    + " suspect with \"Match a value\"). Look at the sources of these entries and block them if they"
                    + " are not your operators.";
        }
        return byUser ? "Open the audit trail filtered on LOGIN_FAILED and this user to see the sources; if the"
                + " account's owner did not make them, have the password changed and consider blocking the sources."
                : "Open the audit trail filtered on LOGIN_FAILED to see which names were tried from this address;"
                + " block it at the firewall if it is not one of your operators.";
    }

    private static String minutes(Duration window) {
        return window.toMinutes() == 1 ? "minute" : window.toMinutes() + " minutes";
    }

    private static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds / 60 + " min ago";
    }
}
