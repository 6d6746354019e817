package io.peeringconsole.agreement.domain;

import java.util.Objects;

/**
 * One reason the activation gate refuses: a stable code for programs and tests, and a message a person can act on.
 * Codes are part of the API: add new ones, never rename.
 */
public record GateReason(String code, String message) {

    public static final String NO_SERVICE_GRANTED = "NO_SERVICE_GRANTED";
    public static final String PRESENCE_LIST_WITHOUT_PRESENCE = "PRESENCE_LIST_WITHOUT_PRESENCE";
    public static final String NWAY_CHAT_WITHOUT_IM = "NWAY_CHAT_WITHOUT_IM";
    public static final String LIMIT_MISSING = "LIMIT_MISSING";
    public static final String LIMIT_WITHOUT_SERVICE = "LIMIT_WITHOUT_SERVICE";
    public static final String VALIDITY_ENDED = "VALIDITY_ENDED";
    public static final String PEER_DOMAIN_UNTRUSTED = "PEER_DOMAIN_UNTRUSTED";
    public static final String CLEARING_HOUSE_UNTRUSTED = "CLEARING_HOUSE_UNTRUSTED";

    public GateReason {
        Objects.requireNonNull(code, "A gate reason needs a code.");
        Objects.requireNonNull(message, "A gate reason needs a message.");
    }
}
