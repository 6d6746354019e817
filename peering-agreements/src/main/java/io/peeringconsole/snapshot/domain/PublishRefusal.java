package io.peeringconsole.snapshot.domain;

import java.util.Objects;

/**
 * One reason the publish gate refuses a snapshot: a stable code, the peer it concerns, and a message a person can act
 * on. Codes are part of the API: add new ones, never rename.
 */
public record PublishRefusal(String code, long peerNetworkId, String message) {

    public static final String CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED";
    public static final String PEER_WITHOUT_TRUSTED_DOMAIN = "PEER_WITHOUT_TRUSTED_DOMAIN";
    public static final String CLEARING_HOUSE_UNTRUSTED = "CLEARING_HOUSE_UNTRUSTED";
    public static final String AGREEMENT_VALIDITY_ENDED = "AGREEMENT_VALIDITY_ENDED";
    public static final String PEER_WITHOUT_DOMAIN = "PEER_WITHOUT_DOMAIN";

    public PublishRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
