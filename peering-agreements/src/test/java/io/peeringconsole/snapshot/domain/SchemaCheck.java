package io.peeringconsole.snapshot.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a document against the subset of JSON Schema that docs/snapshot.schema.json uses (type, required,
 * properties, additionalProperties false, items, enum, $ref to $defs): that subset is all the snapshot schema needs,
 * and it keeps a validator library (and its JSON stack) out of the domain module's tests.
 */
final class SchemaCheck {

    private final JsonObject root;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonObject root) {
        this.root = root;
    }

    static JsonObject load() throws IOException {
        Path path = Path.of("..", "docs", "snapshot.schema.json");
        try (Reader reader = Files.newBufferedReader(path); var json = Json.createReader(reader)) {
            return json.readObject();
        }
    }

    /** Every way {@code document} breaks {@code schema}; empty when it conforms. */
    static List<String> problems(JsonObject schema, JsonValue document) {
        SchemaCheck check = new SchemaCheck(schema);
        check.check("", schema, document);
        return check.problems;
    }

    private void check(String path, JsonObject schema, JsonValue value) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/$defs/".length());
            check(path, root.getJsonObject("$defs").getJsonObject(name), value);
            return;
        }
        if (schema.containsKey("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": expected " + schema.get("type") + ", found " + value.getValueType());
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            object(path, schema, value.asJsonObject());
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY && schema.containsKey("items")) {
            var items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                check(path + "/" + i, schema.getJsonObject("items"), items.get(i));
            }
        }
    }

    private void object(String path, JsonObject schema, JsonObject value) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                : JsonValue.EMPTY_JSON_OBJECT;
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(name -> !value.containsKey(name))
                    .forEach(name -> problems.add(path + ": required member " + name + " is missing"));
        }
        for (String name : value.keySet()) {
            if (properties.containsKey(name)) {
                check(path + "/" + name, properties.getJsonObject(name), value.get(name));
            } else if (schema.containsKey("additionalProperties") && !schema.getBoolean("additionalProperties")) {
                problems.add(path + ": member " + name + " is not in the schema");
            }
        }
    }

    private static boolean typeMatches(JsonValue type, JsonValue value) {
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream()
                    .anyMatch(t -> typeMatches(t, value));
        }
        String name = ((JsonString) type).getString();
        return switch (name) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER
                    && ((jakarta.json.JsonNumber) value).isIntegral();
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "null" -> value == JsonValue.NULL;
            default -> throw new IllegalArgumentException("The schema uses type " + name + ", unknown to this check.");
        };
    }
}
