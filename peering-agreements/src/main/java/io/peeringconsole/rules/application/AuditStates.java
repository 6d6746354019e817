package io.peeringconsole.rules.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Collection;

/**
 * Builds the small JSON objects recorded as an audit entry's before and after state. Never give it a secret: the
 * trail refuses secret-looking keys and is exported for years.
 */
public final class AuditStates {

    private AuditStates() {
    }

    public static JsonObjectBuilder object() {
        return Provider.INSTANCE.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return Provider.INSTANCE.createArrayBuilder();
    }

    public static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = array();
        values.forEach(array::add);
        return array;
    }

    /** Adds {@code value} under {@code key}, or JSON null when it is absent. */
    public static JsonObjectBuilder put(JsonObjectBuilder object, String key, String value) {
        return value == null ? object.addNull(key) : object.add(key, value);
    }

    public static JsonObjectBuilder put(JsonObjectBuilder object, String key, Long value) {
        return value == null ? object.addNull(key) : object.add(key, value);
    }

    public static JsonObjectBuilder put(JsonObjectBuilder object, String key, Instant value) {
        return value == null ? object.addNull(key) : object.add(key, value.toString());
    }

    public static String text(JsonObjectBuilder object) {
        return object.build().toString();
    }

    // Looked up once: the provider lookup goes through the service loader on every call otherwise.
    private static final class Provider {
        static final JsonProvider INSTANCE = JsonProvider.provider();
    }
}
