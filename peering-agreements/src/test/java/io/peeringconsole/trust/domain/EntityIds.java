package io.peeringconsole.trust.domain;

import java.lang.reflect.Field;

/**
 * Gives test entities the identity the database would: ids are generated on insert and have no setter. Only the
 * in-memory stand-ins of the repositories use it.
 */
public final class EntityIds {

    private EntityIds() {
    }

    public static <T> T assign(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    public static void bumpVersion(TrustedCertificate certificate) {
        set(certificate, "version", certificate.version() + 1);
    }

    private static void set(Object entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + name + " of " + entity.getClass().getSimpleName(), e);
        }
    }
}
