package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.KeyUsage;
import java.time.Instant;
import java.util.List;

/**
 * A stored certificate or anchor as people and REST clients see it. {@code peerNetworkId} is null for a global
 * anchor; {@code replacesId} and {@code overlapUntil} describe a scheduled rollover; {@code pem} is the certificate
 * only (public), for download.
 */
public record CertificateView(long id, Long peerNetworkId, String purpose, String subject, String issuer,
        String serialNumber, List<String> dnsNames, List<String> srvNames, List<String> uris, List<String> xmppAddrs,
        Instant notBefore, Instant notAfter, String keyType, int keySize, String signatureAlgorithm,
        List<String> keyUsage, List<String> extendedKeyUsage, boolean ca, String sha256Fingerprint, String spkiPin,
        Long replacesId, Instant overlapUntil, long version, String pem) {

    public CertificateView {
        dnsNames = List.copyOf(dnsNames);
        srvNames = List.copyOf(srvNames);
        uris = List.copyOf(uris);
        xmppAddrs = List.copyOf(xmppAddrs);
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
    }

    /** {@code facts} are those read from the stored PEM; names come from them in full, not from the cut columns. */
    static CertificateView of(TrustedCertificate stored, CertificateFacts facts) {
        var sans = facts.subjectAltNames();
        return new CertificateView(stored.id(), stored.peerNetworkId(), stored.purpose().name(), facts.subject(),
                facts.issuer(), facts.serialNumber(), sans.dnsNames(), sans.srvNames(), sans.uris(), sans.xmppAddrs(),
                facts.notBefore(), facts.notAfter(), facts.publicKey().type().name(), facts.publicKey().bits(),
                facts.signatureAlgorithm().name(), facts.keyUsage().stream().map(KeyUsage::rfcName).toList(),
                facts.extendedKeyUsage(), facts.ca(), facts.sha256Fingerprint(), facts.spkiPin(), stored.replacesId(),
                stored.overlapUntil(), stored.version(), stored.pem());
    }
}
