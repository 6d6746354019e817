package io.peeringconsole.audit.application;

/**
 * The trail's state does not allow what was asked (a checkpoint of an empty trail, archiving a broken trail, two
 * archive runs at once). The message says what to do; nothing was changed.
 */
public class AuditRefusedException extends RuntimeException {

    public AuditRefusedException(String message) {
        super(message);
    }
}
