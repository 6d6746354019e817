package io.peeringconsole.audit.application;

/**
 * The audit trail could not record an entry because other changes held the chain for longer than a change waits
 * (a large publish or a batch registration being recorded). Nothing is wrong with the trail: the same change can
 * simply be tried again a moment later.
 */
public class AuditBusyException extends AuditUnavailableException {

    public AuditBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
