package io.peeringconsole.trust.application;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.domain.TrustPurpose;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.trust.domain.TrustedCertificates;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.ImportedBundle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One import of certificates or anchors into one scope. The upload is read and every new certificate checked
 * before the first is stored, so a refusal stores nothing; certificates already in the scope are reported, not
 * stored twice.
 */
final class CertificateImports {

    static final String TARGET_TYPE = "TrustedCertificate";

    private final TrustedCertificates certificates;
    private final CertificateImporter importer;
    private final AuditTrail auditTrail;
    private final Instant now;

    CertificateImports(TrustedCertificates certificates, CertificateImporter importer, AuditTrail auditTrail,
            Instant now) {
        this.certificates = certificates;
        this.importer = importer;
        this.auditTrail = auditTrail;
        this.now = now;
    }

    ImportOutcome store(Operator op, Long peerNetworkId, TrustPurpose purpose, byte[] input) {
        ImportedBundle bundle = read(input);
        Map<String, TrustedCertificate> present = certificates
                .withFingerprints(peerNetworkId, purpose, bundle.fingerprints()).stream()
                .collect(Collectors.toMap(TrustedCertificate::sha256Fingerprint, Function.identity(), (a, b) -> a));
        List<CertificateView> alreadyPresent = new ArrayList<>();
        List<CertificateFacts> fresh = new ArrayList<>();
        for (CertificateFacts facts : bundle.certificates()) {
            TrustedCertificate stored = present.get(facts.sha256Fingerprint());
            if (stored != null) {
                alreadyPresent.add(CertificateView.of(stored, facts));
            } else {
                fresh.add(facts);
            }
        }
        List<TrustedCertificate> added = fresh.stream()
                .map(facts -> TrustedCertificate.imported(peerNetworkId, purpose, facts, op.username(), now))
                .toList();
        if (!added.isEmpty()) {
            certificates.addAll(added);
        }
        return new ImportOutcome(audited(op, added, fresh), alreadyPresent, bundle.reordered());
    }

    private ImportedBundle read(byte[] input) {
        try {
            return importer.parse(input);
        } catch (TrustStoreInputException refused) {
            throw new RuleViolationException("certificate", refused.getMessage());
        }
    }

    private List<CertificateView> audited(Operator op, List<TrustedCertificate> added, List<CertificateFacts> facts) {
        List<CertificateView> views = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            TrustedCertificate stored = added.get(i);
            auditTrail.record(op.actor(), AuditEvent.of(importAction(stored.purpose()), TARGET_TYPE,
                    String.valueOf(stored.id())).after(TrustJson.certificate(stored, facts.get(i))));
            views.add(CertificateView.of(stored, facts.get(i)));
        }
        return views;
    }

    static String importAction(TrustPurpose purpose) {
        return purpose == TrustPurpose.TRUST_ANCHOR ? "TRUST_ANCHOR_ADDED" : "CERTIFICATE_IMPORTED";
    }

    static String removeAction(TrustPurpose purpose) {
        return purpose == TrustPurpose.TRUST_ANCHOR ? "TRUST_ANCHOR_REMOVED" : "CERTIFICATE_REMOVED";
    }
}
