package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keyed hashes of sensitive values: seals events before they are recorded, and lets an officer who knows a value
 * compute what the trail stores for it, to find the entries that carry it.
 */
@ApplicationScoped
public class SensitiveValues {

    @Inject
    AuditKeySource keys;

    private volatile KeyedHash keyedHash;

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
