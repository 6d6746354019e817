package io.peeringconsole.privacy.preview;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.permission.domain.PermissionChoices;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a presence document in the console's small JSON form, since PIDF as a whole is far more than the flat
 * document the sharing library evaluates:
 * <pre>{@code
 * {"presentity": "sip:alice@example.com",
 *  "attributes": {"BASIC_STATUS": "open", "NOTE": "In a meeting", "PLACE_TYPE": "office"}}
 * }</pre>
 * Attribute names are {@link PresenceAttribute} names (case and {@code -}/{@code _} do not matter), values are
 * text, and {@code BASIC_STATUS} is {@code open} or {@code closed}. Unknown members are refused, not ignored, so
 * that a preview never looks at less than what was pasted.
 */
public final class PresenceJson {

    /** A presence document is a few hundred bytes; this bounds what is parsed from a paste or an upload. */
    public static final int MAX_CHARACTERS = 64 * 1024;
    static final String FIELD = "presence";
    private static final String EXAMPLE = "{\"presentity\": \"sip:alice@example.com\", \"attributes\":"
            + " {\"BASIC_STATUS\": \"open\", \"NOTE\": \"In a meeting\"}}";

    private PresenceJson() {
    }

    public static PresenceDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw refused("Paste or upload a presence document, for example " + EXAMPLE + ".");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw refused("The presence document is longer than " + MAX_CHARACTERS + " characters; a presence"
                    + " document is a few hundred. Check that the right file was chosen.");
        }
        try (var reader = Provider.INSTANCE.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refused("The presence document must be a JSON object, for example " + EXAMPLE + ".");
            }
            return read(value.asJsonObject());
        } catch (JsonException e) {
            throw refused("The presence document is not valid JSON: " + SafeText.bounded(e.getMessage(), 200)
                    + ". Write it like " + EXAMPLE + ".");
        }
    }

    public static PresenceDocument read(JsonObject json) {
        List<String> unknown = json.keySet().stream().filter(key -> !Set.of("presentity", "attributes")
                .contains(key)).map(SafeText::quote).toList();
        if (!unknown.isEmpty()) {
            throw refused("The presence document has unknown member(s) " + String.join(", ", unknown)
                    + "; it has only \"presentity\" and \"attributes\", for example " + EXAMPLE + ".");
        }
        String presentity = text(json.get("presentity"), "presentity");
        JsonValue attributes = json.getOrDefault("attributes", JsonValue.EMPTY_JSON_OBJECT);
        if (attributes.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused("\"attributes\" must be an object of attribute names and values, for example"
                    + " {\"BASIC_STATUS\": \"open\"}.");
        }
        try {
            return new PresenceDocument(presentity, values(attributes.asJsonObject()));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    private static Map<PresenceAttribute, String> values(JsonObject attributes) {
        Map<PresenceAttribute, String> values = new EnumMap<>(PresenceAttribute.class);
        List<String> unknown = new ArrayList<>();
        attributes.forEach((name, value) -> PermissionChoices.attribute(name).ifPresentOrElse(
                attribute -> values.put(attribute, text(value, name)), () -> unknown.add(SafeText.quote(name))));
        if (!unknown.isEmpty()) {
            throw refused("Unknown presence attribute(s) " + String.join(", ", unknown) + " in the presence"
                    + " document. Use the names " + List.of(PresenceAttribute.values()) + ".");
        }
        return values;
    }

    private static String text(JsonValue value, String member) {
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw refused("\"" + SafeText.bounded(member, 80) + "\" must be a non-empty text in the presence"
                    + " document, for example " + EXAMPLE + ".");
        }
        return string.getString();
    }

    private static RuleViolationException refused(String message) {
        return new RuleViolationException(FIELD, message);
    }

    // Looked up once: the provider lookup goes through the service loader on every call otherwise.
    private static final class Provider {
        static final JsonProvider INSTANCE = JsonProvider.provider();
    }
}
