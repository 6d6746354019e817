package io.peeringconsole.audit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fact to record, without who did it or when: start with {@link #of(String, String, String)} and refine with the
 * withers, e.g. {@code AuditEvent.of("AGREEMENT_APPROVED", "PeeringAgreement", "42").inDomain("example.com")}.
 * <p>
 * Before and after states are JSON text. They must never carry secrets, because the trail is exported and kept for
 * years: a state whose keys look like a password, token, secret or private key is refused, and callers leave such
 * fields out rather than mask them.
 * <p>
 * Values that may be recorded but not read, such as a user name typed at a failed login (people type their password
 * into it), are added with {@link #sensitive(String, String)}: the trail stores their keyed hash in the after state,
 * never the value (see {@link KeyedHash}).
 *
 * @param action      what happened, e.g. {@code LOGIN_FAILED}
 * @param targetType  the kind of thing acted on, e.g. {@code PeerNetwork}
 * @param targetId    which one, or {@code null} when the action has no single target
 * @param localDomain the local domain the target belongs to, or {@code null} for console-wide events
 * @param outcome     {@link #SUCCESS} or {@link #FAILURE}
 * @param before      JSON state before the change, or {@code null}
 * @param after       JSON state after the change, or {@code null}
 * @param sensitive   field name to clear value, to be added to the after state as keyed hashes when recorded
 */
public record AuditEvent(String action, String targetType, String targetId, String localDomain, String outcome,
        String before, String after, Map<String, String> sensitive) {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public AuditEvent {
        requireText(action, "action");
        requireText(targetType, "target type");
        if (!SUCCESS.equals(outcome) && !FAILURE.equals(outcome)) {
            throw new IllegalArgumentException("The outcome of an audit event must be SUCCESS or FAILURE, not " + outcome + ".");
        }
        checkState(before, "before");
        checkState(after, "after");
        sensitive = sensitive == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sensitive));
    }

    /** An event without sensitive fields. */
    public AuditEvent(String action, String targetType, String targetId, String localDomain, String outcome,
            String before, String after) {
        this(action, targetType, targetId, localDomain, outcome, before, after, Map.of());
    }

    public static AuditEvent of(String action, String targetType, String targetId) {
        return new AuditEvent(action, targetType, targetId, null, SUCCESS, null, null);
    }

    public AuditEvent inDomain(String domain) {
        return new AuditEvent(action, targetType, targetId, domain, outcome, before, after, sensitive);
    }

    public AuditEvent before(String json) {
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, json, after, sensitive);
    }

    public AuditEvent after(String json) {
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, before, json, sensitive);
    }

    public AuditEvent failed() {
        return new AuditEvent(action, targetType, targetId, localDomain, FAILURE, before, after, sensitive);
    }

    /**
     * Adds a field whose value is recorded only as its keyed hash, e.g. {@code sensitive("attemptedUsername",
     * typed)}. Secret-looking names are refused as in the states: passwords and tokens are never recorded at all.
     *
     * @param name  a JSON member name (letters, digits, underscores), not already in the after state
     * @param value the clear value; {@code null} is recorded as JSON null
     */
    public AuditEvent sensitive(String name, String value) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A sensitive audit field needs a name of letters, digits and"
                    + " underscores, starting with a letter, not \"" + name + "\".");
        }
        if (SecretKeys.looksSecret(name)) {
            throw new IllegalArgumentException("The field \"" + name + "\" looks like a secret. Secrets never enter"
                    + " the audit trail, not even as keyed hashes: leave that field out.");
        }
        if (sensitive.containsKey(name)) {
            throw new IllegalArgumentException("The sensitive field \"" + name + "\" is given twice.");
        }
        Map<String, String> more = new LinkedHashMap<>(sensitive);
        more.put(name, value);
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, before, after, more);
    }

    /** Whether {@link #sealedWith} has anything to do. */
    public boolean hasSensitiveFields() {
        return !sensitive.isEmpty();
    }

    /**
     * The event as it is recorded: every sensitive value replaced by its keyed hash and appended to the after state
     * (which must then be a JSON object or absent).
     */
    public AuditEvent sealedWith(KeyedHash keyedHash) {
        if (sensitive.isEmpty()) {
            return this;
        }
        StringBuilder members = new StringBuilder();
        sensitive.forEach((name, value) -> members.append(members.isEmpty() ? "" : ",").append('"').append(name)
                .append("\":").append(value == null ? "null" : "\"" + keyedHash.of(value) + "\""));
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, before,
                withMembers(after, members.toString()), Map.of());
    }

    /** Keeps sensitive values out of logs and exception messages. */
    @Override
    public String toString() {
        return "AuditEvent[" + action + " " + targetType + " " + targetId + " " + localDomain + " " + outcome
                + (sensitive.isEmpty() ? "" : " sensitive=" + sensitive.keySet()) + "]";
    }

    private static String withMembers(String json, String members) {
        if (json == null) {
            return "{" + members + "}";
        }
        String object = json.strip();
        if (!object.startsWith("{") || !object.endsWith("}")) {
            throw new IllegalArgumentException("Sensitive fields are added to the after state, which must then be a"
                    + " JSON object; it is not.");
        }
        String body = object.substring(1, object.length() - 1);
        for (String name : membersNames(members)) {
            if (body.contains("\"" + name + "\"")) {
                throw new IllegalArgumentException("The after state already has a field \"" + name + "\"; a sensitive"
                        + " field of that name would hide it.");
            }
        }
        return body.isBlank() ? "{" + members + "}" : "{" + body + "," + members + "}";
    }

    private static java.util.List<String> membersNames(String members) {
        return Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\":").matcher(members).results().map(m -> m.group(1))
                .toList();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit event needs a " + what + ".");
        }
    }

    private static void checkState(String json, String which) {
        if (json == null) {
            return;
        }
        if (json.length() > StoredText.MAX_STATE) {
            throw new IllegalArgumentException("The " + which + " state of an audit event has " + json.length()
                    + " characters; at most " + StoredText.MAX_STATE + " can be recorded. Record a summary instead.");
        }
        SecretKeys.firstIn(json).ifPresent(key -> {
            throw new IllegalArgumentException("The " + which + " state of an audit event contains the key \"" + key
                    + "\", which looks like a secret. Secrets never enter the audit trail: leave that field out.");
        });
    }
}
