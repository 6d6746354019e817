package io.peeringconsole.web.ui.trust;

import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.web.ui.support.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A certificate's facts in the words an operator compares with {@code openssl x509 -text}. */
final class CertificateText {

    private CertificateText() {
    }

    /** {@code DNS: a.example, b.example · XMPP: example.net}; the kinds without a name are left out. */
    static String subjectAltNames(CertificateView certificate) {
        List<String> parts = new ArrayList<>();
        add(parts, "DNS", certificate.dnsNames());
        add(parts, "SRV", certificate.srvNames());
        add(parts, "URI", certificate.uris());
        add(parts, "XMPP", certificate.xmppAddrs());
        return parts.isEmpty() ? "none" : String.join(" · ", parts);
    }

    private static void add(List<String> parts, String kind, List<String> names) {
        if (names != null && !names.isEmpty()) {
            parts.add(kind + ": " + String.join(", ", names));
        }
    }

    /** {@code EC 256}, {@code RSA 2048}; a key whose size says nothing (Ed25519) by its type alone. */
    static String key(CertificateView certificate) {
        String type = certificate.keyType() == null ? "" : certificate.keyType();
        return certificate.keySize() > 0 ? (type + " " + certificate.keySize()).strip() : type;
    }

    /** {@code EC 256, SHA256withECDSA}: what the strength checks look at, together. */
    static String keyAndSignature(CertificateView certificate) {
        String signature = certificate.signatureAlgorithm() == null ? "" : certificate.signatureAlgorithm();
        String key = key(certificate);
        return key.isEmpty() || signature.isEmpty() ? key + signature : key + ", " + signature;
    }

    static String purpose(CertificateView certificate) {
        return "TRUST_ANCHOR".equals(certificate.purpose()) ? "Trust anchor" : "Peer certificate";
    }

    static String scope(CertificateView certificate) {
        return certificate.peerNetworkId() == null ? "Global" : "This peer";
    }

    /**
     * Where a certificate stands in a rollover: the incoming one names what it replaces and until when both are
     * trusted; the outgoing one names its successor and its last trusted moment.
     */
    static String rollover(CertificateView certificate, List<CertificateView> all) {
        if (certificate.replacesId() != null) {
            return "Replaces " + name(certificate.replacesId(), all) + until(certificate.overlapUntil());
        }
        return successorOf(certificate, all)
                .map(next -> "Replaced by " + name(next.id(), all) + until(next.overlapUntil()))
                .orElse("");
    }

    private static Optional<CertificateView> successorOf(CertificateView certificate, List<CertificateView> all) {
        return all.stream()
                .filter(other -> other.replacesId() != null && other.replacesId() == certificate.id())
                .findFirst();
    }

    private static String until(Instant overlapUntil) {
        return overlapUntil == null ? "" : "; both trusted until " + Formats.time(overlapUntil);
    }

    private static String name(long id, List<CertificateView> all) {
        return all.stream()
                .filter(other -> other.id() == id)
                .findFirst()
                .map(CertificateText::commonName)
                .orElse("certificate #" + id);
    }

    /** The CN of the subject if it has one, else the whole subject: short enough for a grid cell. */
    static String commonName(CertificateView certificate) {
        String subject = certificate.subject() == null ? "" : certificate.subject();
        for (String part : subject.split(",")) {
            String rdn = part.strip();
            if (rdn.toUpperCase(Locale.ROOT).startsWith("CN=")) {
                return rdn.substring(3);
            }
        }
        return subject.isBlank() ? "certificate #" + certificate.id() : subject;
    }

    static String usages(List<String> values) {
        return values == null || values.isEmpty() ? "not restricted" : String.join(", ", values);
    }
}
