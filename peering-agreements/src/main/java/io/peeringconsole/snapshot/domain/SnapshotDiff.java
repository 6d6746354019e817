package io.peeringconsole.snapshot.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changes between two snapshot documents, as paths a person can read: objects by member name, lists of peers,
 * certificates or groups by their key ({@code /peers[peerNetworkId=12]/agreement/tlsVersion}), lists of plain values
 * as sets ({@code /peers[peerNetworkId=12]/domains} added {@code "example.org"}).
 */
public final class SnapshotDiff {

    /** The keys that identify an element in the snapshot's lists of objects, in the order they are tried. */
    private static final List<String> ELEMENT_KEYS = List.of("peerNetworkId", "sha256", "uri");

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One difference; {@code before} or {@code after} is null where nothing was. Values are canonical JSON. */
    public record Change(Kind kind, String path, String before, String after) {

        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ADDED -> "+ " + path + " " + after;
                case REMOVED -> "- " + path + " " + before;
                case CHANGED -> "~ " + path + " " + before + " \u2192 " + after;
            };
        }
    }

    private final List<Change> changes = new ArrayList<>();

    private SnapshotDiff() {
    }

    /** Changes from {@code before} (null: nothing published yet) to {@code after}, in document order. */
    public static List<Change> between(JsonValue before, JsonValue after) {
        SnapshotDiff diff = new SnapshotDiff();
        if (before == null) {
            diff.changes.add(new Change(Kind.ADDED, "/", null, CanonicalJson.text(after)));
        } else {
            diff.compare("", before, after);
        }
        return List.copyOf(diff.changes);
    }

    private void compare(String path, JsonValue before, JsonValue after) {
        if (before.equals(after)) {
            return;
        }
        if (before.getValueType() == ValueType.OBJECT && after.getValueType() == ValueType.OBJECT) {
            objects(path, before.asJsonObject(), after.asJsonObject());
        } else if (before.getValueType() == ValueType.ARRAY && after.getValueType() == ValueType.ARRAY) {
            arrays(path, before.asJsonArray(), after.asJsonArray());
        } else {
            changes.add(new Change(Kind.CHANGED, path, CanonicalJson.text(before), CanonicalJson.text(after)));
        }
    }

    private void objects(String path, JsonObject before, JsonObject after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String at = path + "/" + name;
            if (!after.containsKey(name)) {
                changes.add(new Change(Kind.REMOVED, at, CanonicalJson.text(before.get(name)), null));
            } else if (!before.containsKey(name)) {
                changes.add(new Change(Kind.ADDED, at, null, CanonicalJson.text(after.get(name))));
            } else {
                compare(at, before.get(name), after.get(name));
            }
        }
    }

    private void arrays(String path, JsonArray before, JsonArray after) {
        String key = commonKey(before, after);
        if (key != null) {
            keyed(path, key, byKey(before, key), byKey(after, key));
        } else if (allScalars(before) && allScalars(after)) {
            before.stream().filter(v -> !after.contains(v)).forEach(v ->
                    changes.add(new Change(Kind.REMOVED, path, CanonicalJson.text(v), null)));
            after.stream().filter(v -> !before.contains(v)).forEach(v ->
                    changes.add(new Change(Kind.ADDED, path, null, CanonicalJson.text(v))));
        } else {
            changes.add(new Change(Kind.CHANGED, path, CanonicalJson.text(before), CanonicalJson.text(after)));
        }
    }

    private void keyed(String path, String key, Map<String, JsonValue> before, Map<String, JsonValue> after) {
        for (var entry : before.entrySet()) {
            String at = path + "[" + key + "=" + entry.getKey() + "]";
            if (!after.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.REMOVED, at, CanonicalJson.text(entry.getValue()), null));
            } else {
                compare(at, entry.getValue(), after.get(entry.getKey()));
            }
        }
        for (var entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.ADDED, path + "[" + key + "=" + entry.getKey() + "]", null,
                        CanonicalJson.text(entry.getValue())));
            }
        }
    }

    private static String commonKey(JsonArray before, JsonArray after) {
        for (String key : ELEMENT_KEYS) {
            if (keyedBy(before, key) && keyedBy(after, key) && !(before.isEmpty() && after.isEmpty())) {
                return key;
            }
        }
        return null;
    }

    private static boolean keyedBy(JsonArray array, String key) {
        return array.stream().allMatch(v -> v.getValueType() == ValueType.OBJECT && v.asJsonObject().containsKey(key))
                && array.stream().map(v -> v.asJsonObject().get(key)).distinct().count() == array.size();
    }

    private static Map<String, JsonValue> byKey(JsonArray array, String key) {
        Map<String, JsonValue> map = new LinkedHashMap<>();
        array.forEach(v -> map.put(CanonicalJson.text(v.asJsonObject().get(key)).replace("\"", ""), v));
        return map;
    }

    private static boolean allScalars(JsonArray array) {
        return array.stream().noneMatch(v -> v.getValueType() == ValueType.OBJECT || v.getValueType() == ValueType.ARRAY);
    }
}
