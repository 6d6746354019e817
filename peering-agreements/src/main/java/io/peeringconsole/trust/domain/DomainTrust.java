package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.validation.CertificateValidator;
import io.peeringconsole.truststore.validation.ReasonCode;
import io.peeringconsole.truststore.validation.RolloverWindow;
import io.peeringconsole.truststore.validation.ValidationRequest;
import io.peeringconsole.truststore.validation.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Judges a peer's trust for one of its domains. The peer's retired certificates are left out; each remaining leaf is
 * validated with the peer's CA certificates as the presented chain, and the verdict shown is that of the newest leaf
 * that names the domain and is trusted, else of the newest leaf that names it, else of the newest leaf (which then
 * carries DOMAIN_MISMATCH). Whether a leaf names the domain is the validator's RFC 6125 decision, not a second one.
 */
public final class DomainTrust {

    private static final Comparator<KnownCertificate> NEWEST_FIRST = Comparator
            .comparing((KnownCertificate c) -> c.facts().notBefore()).thenComparingLong(KnownCertificate::id)
            .reversed();

    private final CertificateValidator validator;

    public DomainTrust(CertificateValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public Judgement judge(String domain, PeerEvidence evidence, Instant now) {
        Rollovers peerRollovers = Rollovers.among(evidence.peerCertificates());
        List<KnownCertificate> inUse = peerRollovers.inUse(now);
        if (inUse.isEmpty()) {
            return evidence.pins().isEmpty() ? new Judgement.NoEvidence(domain)
                    : new Judgement.PinnedOnly(domain, evidence.pins().size());
        }
        List<RolloverWindow> windows = new ArrayList<>(peerRollovers.windows());
        windows.addAll(Rollovers.among(evidence.anchors()).windows());
        Verdict newest = null;
        Verdict naming = null;
        for (KnownCertificate leaf : leavesNewestFirst(inUse)) {
            Verdict verdict = validator.validate(request(domain, leaf, inUse, windows, evidence, now));
            boolean namesDomain = !verdict.codes().contains(ReasonCode.DOMAIN_MISMATCH);
            if (namesDomain && verdict.trusted()) {
                return new Judgement.Validated(domain, verdict);
            }
            newest = newest == null ? verdict : newest;
            naming = naming == null && namesDomain ? verdict : naming;
        }
        return new Judgement.Validated(domain, naming != null ? naming : newest);
    }

    /** End-entity certificates; a peer that stored only CA certificates has each of them tried as its leaf. */
    static List<KnownCertificate> leavesNewestFirst(List<KnownCertificate> inUse) {
        List<KnownCertificate> leaves = inUse.stream().filter(c -> !c.facts().ca()).toList();
        return (leaves.isEmpty() ? inUse : leaves).stream().sorted(NEWEST_FIRST).toList();
    }

    private static ValidationRequest request(String domain, KnownCertificate leaf, List<KnownCertificate> inUse,
            List<RolloverWindow> windows, PeerEvidence evidence, Instant now) {
        List<CertificateFacts> chain = new ArrayList<>();
        chain.add(leaf.facts());
        // Other leaves are alternatives to this one, not links of its chain; only CA certificates can be.
        inUse.stream().filter(c -> c.id() != leaf.id() && c.facts().ca()).map(KnownCertificate::facts)
                .forEach(chain::add);
        return ValidationRequest.forPeer(domain, chain)
                .anchors(evidence.anchors().stream().map(KnownCertificate::facts).toList())
                .pins(evidence.pins())
                .crls(evidence.crls())
                .rollovers(windows)
                .at(now);
    }
}
