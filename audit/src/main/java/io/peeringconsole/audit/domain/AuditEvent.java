package io.peeringconsole.audit.domain;

/**
 * The fact to record, without who did it or when: start with {@link #of(String, String, String)} and refine with the
 * withers, e.g. {@code AuditEvent.of("AGREEMENT_APPROVED", "PeeringAgreement", "42").inDomain("example.com")}.
 * <p>
 * Before and after states are JSON text. They must never carry secrets, because the trail is exported and kept for
 * years: a state whose keys look like a password, token, secret or private key is refused, and callers leave such
 * fields out rather than mask them.
 *
 * @param action      what happened, e.g. {@code LOGIN_FAILED}
 * @param targetType  the kind of thing acted on, e.g. {@code PeerNetwork}
 * @param targetId    which one, or {@code null} when the action has no single target
 * @param localDomain the local domain the target belongs to, or {@code null} for console-wide events
 * @param outcome     {@link #SUCCESS} or {@link #FAILURE}
 * @param before      JSON state before the change, or {@code null}
 * @param after       JSON state after the change, or {@code null}
 */
public record AuditEvent(String action, String targetType, String targetId, String localDomain, String outcome,
        String before, String after) {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    public AuditEvent {
        requireText(action, "action");
        requireText(targetType, "target type");
        if (!SUCCESS.equals(outcome) && !FAILURE.equals(outcome)) {
            throw new IllegalArgumentException("The outcome of an audit event must be SUCCESS or FAILURE, not " + outcome + ".");
        }
        checkState(before, "before");
        checkState(after, "after");
    }

    public static AuditEvent of(String action, String targetType, String targetId) {
        return new AuditEvent(action, targetType, targetId, null, SUCCESS, null, null);
    }

    public AuditEvent inDomain(String domain) {
        return new AuditEvent(action, targetType, targetId, domain, outcome, before, after);
    }

    public AuditEvent before(String json) {
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, json, after);
    }

    public AuditEvent after(String json) {
        return new AuditEvent(action, targetType, targetId, localDomain, outcome, before, json);
    }

    public AuditEvent failed() {
        return new AuditEvent(action, targetType, targetId, localDomain, FAILURE, before, after);
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
