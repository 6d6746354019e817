package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keyed hashes of sensitive values: seals events before they are recorded, and lets an officer who knows a value
 * compute what the trail stores for it, to find the entries that carry it.
 */
@ApplicationScoped
public class SensitiveValues {

    @Inject
    AuditKeySource keys;

    @Inject
    AuditTrail auditTrail;

    private volatile KeyedHash keyedHash;

    /**
     * The keyed hash of a value an officer looks for, recorded (without the value) so that repeated guessing against
     * the trail is itself on the trail.
     */
    @Transactional
    public String lookUp(Actor who, String value) {
        String hash = keyedHash(value);
        auditTrail.record(who, AuditEvent.of("AUDIT_VALUE_LOOKED_UP", "AuditTrail", null));
        return hash;
    }

    /** What the trail stores for {@code value}: {@code hmac-sha256:<hex>}. */
    public String keyedHash(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Give the value to look for.");
        }
        return hasher().of(value);
    }

    /** The event with its sensitive values replaced by their keyed hashes. */
    public AuditEvent seal(AuditEvent event) {
        return event.hasSensitiveFields() ? event.sealedWith(hasher()) : event;
    }

    private KeyedHash hasher() {
        KeyedHash current = keyedHash;
        if (current == null) {
            current = new KeyedHash(keys.sensitiveFieldKey());
            keyedHash = current;
        }
        return current;
    }
}
