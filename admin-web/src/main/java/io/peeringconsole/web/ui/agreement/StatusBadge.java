package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.web.ui.support.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How an agreement's status reads: a badge colour, and one sentence of who changed it, when and why. */
final class StatusBadge {

    static final String AUTOMATIC_EXPIRY = "Expiry is automatic: the console regularly (every minute by default)"
            + " expires active or suspended agreements whose validity has ended; the history records it.";

    private StatusBadge() {
    }

    static String theme(AgreementStatus status) {
        return switch (status) {
            case ACTIVE -> "badge success";
            case PENDING_APPROVAL -> "badge";
            case SUSPENDED -> "badge warning";
            case TERMINATED, EXPIRED -> "badge error";
            case DRAFT -> "badge contrast";
        };
    }

    static String describe(AgreementView agreement) {
        String line = Formats.label(agreement.status()) + " since " + Formats.time(agreement.statusChangedAt())
                + ", by " + agreement.statusChangedBy()
                + (agreement.statusReason() == null ? "." : ": “" + agreement.statusReason() + "”.");
        return agreement.status().isFinal() ? line : line + " " + validity(agreement) + " " + AUTOMATIC_EXPIRY;
    }

    /** For a list cell: the days in UTC, e.g. {@code 2026-06-01 → 2027-06-01}, or {@code from 2026-06-01}. */
    static String days(AgreementView agreement) {
        var validity = agreement.terms().validity();
        String from = LocalDate.ofInstant(validity.from(), ZoneOffset.UTC).toString();
        return validity.until() == null ? "from " + from
                : from + " → " + LocalDate.ofInstant(validity.until(), ZoneOffset.UTC);
    }

    static String validity(AgreementView agreement) {
        var validity = agreement.terms().validity();
        return "Valid from " + Formats.time(validity.from())
                + (validity.until() == null ? " with no end." : " until " + Formats.time(validity.until()) + ".");
    }
}
