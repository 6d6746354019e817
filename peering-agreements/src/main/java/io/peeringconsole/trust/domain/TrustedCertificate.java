package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate the console trusts: one a peer's gateways present, or a trust anchor (global when it belongs to no
 * peer). The PEM is the certificate; the other columns are copies for listing and sorting. Peer and outgoing
 * certificate are referenced by id: they are other aggregates, and the database removes a peer's rows with the peer.
 */
@Entity
@Table(name = "trusted_certificate")
public class TrustedCertificate {

    public static final int MAX_PEM = 65536;
    static final int MAX_NAME = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "peer_network_id", updatable = false)
    private Long peerNetworkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 32, nullable = false, updatable = false)
    private TrustPurpose purpose;

    @Column(name = "pem", length = MAX_PEM, nullable = false, updatable = false)
    private String pem;

    @Column(name = "sha256_fingerprint", length = 95, nullable = false, updatable = false)
    private String sha256Fingerprint;

    @Column(name = "spki_pin", length = SpkiPin.LENGTH, nullable = false, updatable = false)
    private String spkiPin;

    @Column(name = "subject", length = MAX_NAME, nullable = false, updatable = false)
    private String subject;

    @Column(name = "issuer", length = MAX_NAME, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(name = "overlap_until")
    private Instant overlapUntil;

    @Column(name = "imported_by", length = 200, nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TrustedCertificate() {
        // for JPA
    }

    /**
     * Keeps an imported certificate. {@code peerNetworkId} is null only for a global trust anchor.
     *
     * @throws RuleViolationException when the certificate is too large to store
     */
    public static TrustedCertificate imported(Long peerNetworkId, TrustPurpose purpose, CertificateFacts facts,
            String importedBy, Instant now) {
        if (peerNetworkId == null && purpose == TrustPurpose.PEER_CERTIFICATE) {
            throw new IllegalArgumentException("A peer certificate belongs to a peer network.");
        }
        String pem = facts.pem();
        if (pem.length() > MAX_PEM) {
            throw new RuleViolationException("certificate", "The certificate " + StoredNames.bounded(facts.subject())
                    + " is too large to store (" + pem.length() + " characters as PEM, at most " + MAX_PEM
                    + "); ask its owner for a certificate without oversized extensions.");
        }
        TrustedCertificate c = new TrustedCertificate();
        c.peerNetworkId = peerNetworkId;
        c.purpose = Objects.requireNonNull(purpose, "purpose");
        c.pem = pem;
        c.sha256Fingerprint = facts.sha256Fingerprint();
        c.spkiPin = facts.spkiPin();
        c.subject = StoredNames.bounded(facts.subject());
        c.issuer = StoredNames.bounded(facts.issuer());
        c.notBefore = facts.notBefore();
        c.notAfter = facts.notAfter();
        c.importedBy = importedBy;
        c.importedAt = now;
        return c;
    }

    /**
     * Makes this certificate the successor of {@code outgoing}: both are trusted until {@code overlapUntil}, then
     * only this one. Replaces an earlier schedule of this certificate.
     */
    public void scheduleRollover(TrustedCertificate outgoing, Instant overlapUntil, Instant now) {
        RolloverRules.check(this, outgoing, overlapUntil, now);
        this.replacesId = outgoing.id;
        this.overlapUntil = overlapUntil;
    }

    /** Forgets the rollover, e.g. because the outgoing certificate is being removed. */
    public void cancelRollover() {
        this.replacesId = null;
        this.overlapUntil = null;
    }

    /** Same peer network (or both global) and same purpose: the only pairs that may roll over. */
    boolean sameScopeAs(TrustedCertificate other) {
        return Objects.equals(peerNetworkId, other.peerNetworkId) && purpose == other.purpose;
    }

    public Long id() {
        return id;
    }

    public Long peerNetworkId() {
        return peerNetworkId;
    }

    public TrustPurpose purpose() {
        return purpose;
    }

    public String pem() {
        return pem;
    }

    public String sha256Fingerprint() {
        return sha256Fingerprint;
    }

    public String spkiPin() {
        return spkiPin;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Long replacesId() {
        return replacesId;
    }

    public Instant overlapUntil() {
        return overlapUntil;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public long version() {
        return version;
    }
}
