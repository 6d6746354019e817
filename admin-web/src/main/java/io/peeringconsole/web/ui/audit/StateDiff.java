package io.peeringconsole.web.ui.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The before and after states of an entry as rows of a diff: nested JSON flattened to paths
 * ({@code contacts[0].email}), each path marked added, removed, changed or unchanged. States that are not JSON are
 * compared as one value at the path {@code (state)}, so an odd entry still shows what it holds.
 */
final class StateDiff {

    enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /** One path; {@code before} or {@code after} is {@code null} where the path is absent. */
    record Row(String path, String before, String after, Change change) {
    }

    private static final String WHOLE = "(state)";

    private StateDiff() {
    }

    static List<Row> of(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        List<Row> rows = new ArrayList<>();
        for (String path : new TreeSet<>(union(before, after))) {
            String b = before.get(path);
            String a = after.get(path);
            Change change = !before.containsKey(path) ? Change.ADDED
                    : !after.containsKey(path) ? Change.REMOVED
                    : Objects.equals(a, b) ? Change.UNCHANGED : Change.CHANGED;
            rows.add(new Row(path, b, a, change));
        }
        rows.sort((x, y) -> Boolean.compare(x.change() == Change.UNCHANGED, y.change() == Change.UNCHANGED));
        return rows;
    }

    /** Paths to values as JSON text ({@code "a"}, {@code 1}, {@code null}); empty for no state. */
    static Map<String, String> flatten(String json) {
        Map<String, String> paths = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return paths;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            flatten("", reader.readValue(), paths);
        } catch (JsonParsingException | IllegalStateException notJson) {
            paths.put(WHOLE, json);
        }
        return paths;
    }

    private static void flatten(String prefix, JsonValue value, Map<String, String> paths) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.isEmpty()) {
                    paths.put(prefix.isEmpty() ? WHOLE : prefix, "{}");
                }
                object.forEach((key, member) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, member, paths));
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.isEmpty()) {
                    paths.put(prefix.isEmpty() ? WHOLE : prefix, "[]");
                }
                for (int i = 0; i < array.size(); i++) {
                    flatten(prefix + "[" + i + "]", array.get(i), paths);
                }
            }
            case STRING -> paths.put(prefix.isEmpty() ? WHOLE : prefix, ((JsonString) value).getString());
            default -> paths.put(prefix.isEmpty() ? WHOLE : prefix, value.toString());
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        var all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
