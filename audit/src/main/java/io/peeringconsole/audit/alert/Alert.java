package io.peeringconsole.audit.alert;

import java.util.Map;

/**
 * One thing that needs attention, with what to do about it.
 *
 * @param severity   how urgent
 * @param kind       a stable code, e.g. {@code FAILED_LOGINS}
 * @param title      one line
 * @param detail     the facts behind it
 * @param advice     what to do, addressed to the reader
 * @param auditQuery the audit trail filter that shows the entries behind the alert, as the query parameters of
 *                   {@code /api/v1/audit} and of the audit view (e.g. {@code action=LOGIN_FAILED}); empty when no
 *                   entries are behind it
 */
public record Alert(Severity severity, String kind, String title, String detail, String advice,
        Map<String, String> auditQuery) {

    public enum Severity {
        CRITICAL, WARNING
    }

    public Alert {
        auditQuery = auditQuery == null ? Map.of() : Map.copyOf(auditQuery);
    }

    public Alert(Severity severity, String kind, String title, String detail, String advice) {
        this(severity, kind, title, detail, advice, Map.of());
    }
}
