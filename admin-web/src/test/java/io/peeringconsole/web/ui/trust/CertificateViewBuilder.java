package io.peeringconsole.web.ui.trust;

import io.peeringconsole.trust.application.CertificateView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Certificate views as the trust service would answer them, with only what a test cares about set. */
final class CertificateViewBuilder {

    private final long id;
    private Long peerNetworkId = 1L;
    private String purpose = "PEER_CERTIFICATE";
    private String subject;
    private List<String> dnsNames = new ArrayList<>();
    private List<String> xmppAddrs = new ArrayList<>();
    private Instant notBefore = Instant.parse("2026-01-01T00:00:00Z");
    private Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");
    private String keyType = "EC";
    private int keySize = 256;
    private Long replacesId;
    private Instant overlapUntil;

    private CertificateViewBuilder(long id) {
        this.id = id;
        this.subject = "CN=peer-" + id + ".example.net";
    }

    static CertificateViewBuilder certificate(long id) {
        return new CertificateViewBuilder(id);
    }

    CertificateViewBuilder subject(String value) {
        subject = value;
        return this;
    }

    CertificateViewBuilder dns(String... names) {
        dnsNames = List.of(names);
        return this;
    }

    CertificateViewBuilder xmpp(String... addresses) {
        xmppAddrs = List.of(addresses);
        return this;
    }

    CertificateViewBuilder key(String type, int size) {
        keyType = type;
        keySize = size;
        return this;
    }

    CertificateViewBuilder validUntil(Instant value) {
        notAfter = value;
        return this;
    }

    CertificateViewBuilder issuedAt(Instant value) {
        notBefore = value;
        return this;
    }

    CertificateViewBuilder globalAnchor() {
        peerNetworkId = null;
        purpose = "TRUST_ANCHOR";
        return this;
    }

    CertificateViewBuilder replaces(long outgoingId, Instant until) {
        replacesId = outgoingId;
        overlapUntil = until;
        return this;
    }

    CertificateView build() {
        return new CertificateView(id, peerNetworkId, purpose, subject, subject, "0" + id, dnsNames, List.of(),
                List.of(), xmppAddrs, notBefore, notAfter, keyType, keySize, "SHA256withECDSA", List.of(),
                List.of(), "TRUST_ANCHOR".equals(purpose), "AB:CD:" + id, "pin" + id + "=", replacesId, overlapUntil,
                0, "-----BEGIN CERTIFICATE-----\nMII" + id + "\n-----END CERTIFICATE-----");
    }
}
