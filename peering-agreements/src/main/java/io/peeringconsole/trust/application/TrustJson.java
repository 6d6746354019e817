package io.peeringconsole.trust.application;

import static io.peeringconsole.rules.application.AuditStates.put;

import io.peeringconsole.rules.SafeText;
import io.peeringconsole.rules.application.AuditStates;
import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.trust.domain.TrustPin;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CrlFacts;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The audit trail's before and after states of trust records: what identifies a certificate (fingerprint, subject,
 * names, validity), never key material. Names are bounded so that a hostile certificate cannot fill the entry.
 */
final class TrustJson {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_NAMES = 50;

    private TrustJson() {
    }

    static String certificate(TrustedCertificate stored, CertificateFacts facts) {
        List<String> names = facts.subjectAltNames().allNames();
        JsonObjectBuilder json = AuditStates.object().add("id", stored.id());
        put(json, "peerNetworkId", stored.peerNetworkId());
        json.add("purpose", stored.purpose().name())
                .add("sha256Fingerprint", facts.sha256Fingerprint())
                .add("subject", bounded(facts.subject()))
                .add("issuer", bounded(facts.issuer()))
                .add("serialNumber", bounded(facts.serialNumber()))
                .add("subjectAltNames", AuditStates.strings(names.stream().limit(MAX_NAMES).map(TrustJson::bounded)
                        .toList()))
                .add("subjectAltNameCount", names.size());
        put(json, "notBefore", facts.notBefore());
        put(json, "notAfter", facts.notAfter());
        json.add("spkiPin", facts.spkiPin());
        put(json, "replacesId", stored.replacesId());
        put(json, "overlapUntil", stored.overlapUntil());
        return AuditStates.text(json.add("version", stored.version()));
    }

    static String pin(TrustPin pin) {
        JsonObjectBuilder json = AuditStates.object().add("id", pin.id()).add("peerNetworkId", pin.peerNetworkId())
                .add("spkiPin", pin.spkiPin());
        put(json, "note", pin.note());
        return AuditStates.text(json);
    }

    static String crl(ImportedCrl crl, CrlFacts facts) {
        JsonObjectBuilder json = AuditStates.object().add("id", crl.id()).add("issuer", bounded(facts.issuer()))
                .add("sha256Fingerprint", facts.sha256Fingerprint());
        put(json, "thisUpdate", facts.thisUpdate());
        put(json, "nextUpdate", facts.nextUpdate());
        put(json, "crlNumber", facts.crlNumber());
        return AuditStates.text(json.add("revokedCount", facts.revoked().size()));
    }

    static String issued(String localDomain, String gatewayName, CertificateFacts facts) {
        JsonObjectBuilder json = AuditStates.object()
                .add("localDomain", localDomain)
                .add("gatewayName", bounded(gatewayName))
                .add("serialNumber", facts.serialNumber())
                .add("subject", bounded(facts.subject()))
                .add("subjectAltNames", AuditStates.strings(facts.subjectAltNames().allNames()))
                .add("sha256Fingerprint", facts.sha256Fingerprint());
        put(json, "notAfter", facts.notAfter());
        return AuditStates.text(json);
    }

    private static String bounded(String text) {
        return SafeText.bounded(text, MAX_TEXT);
    }
}
