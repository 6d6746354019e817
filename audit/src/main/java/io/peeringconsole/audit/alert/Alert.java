package io.peeringconsole.audit.alert;

/**
 * One thing that needs attention, with what to do about it.
 *
 * @param severity how urgent
 * @param kind     a stable code, e.g. {@code FAILED_LOGINS}
 * @param title    one line
 * @param detail   the facts behind it
 * @param advice   what to do, addressed to the reader
 */
public record Alert(Severity severity, String kind, String title, String detail, String advice) {

    public enum Severity {
        CRITICAL, WARNING
    }
}
