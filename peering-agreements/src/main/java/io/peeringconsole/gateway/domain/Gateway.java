package io.peeringconsole.gateway.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.rules.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A gateway of one local domain (C7): its credential (stored as a hash only), whether it may pull, and what it last
 * told us. Lifecycle and fleet state change only through the verbs below.
 */
@Entity
@Table(name = "gateway")
public class Gateway {

    /** How stale "last seen" may get before a pull writes it again; pulls must not each cost a database write. */
    public static final Duration SEEN_RESOLUTION = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "local_domain", length = 253, nullable = false, updatable = false)
    private String localDomain;

    @Column(name = "name", length = GatewayName.MAX_LENGTH, nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_kind", length = 20, nullable = false)
    private AuthKind authKind;

    @Column(name = "credential_id", length = 32, nullable = false)
    private String credentialId;

    @Column(name = "credential_hash", length = 64, nullable = false)
    private String credentialHash;

    @Column(name = "credential_issued_at", nullable = false)
    private Instant credentialIssuedAt;

    /** When the current client certificate ends; null for tokens. */
    @Column(name = "credential_expires_at")
    private Instant credentialExpiresAt;

    /** The certificate replaced by the latest renewal, accepted until it expires so that renewal needs no outage. */
    @Column(name = "previous_credential_hash", length = 64)
    private String previousCredentialHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "registered_by", length = 64, nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Embedded
    private ReportedStatus status = new ReportedStatus();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Gateway() {
        // for JPA
    }

    /** A new, enabled gateway holding {@code credential}; {@code localDomain} must be in normal form. */
    public static Gateway register(String localDomain, String name, GatewayCredential.Issued credential, Operator by,
            Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Gateway gateway = new Gateway();
        gateway.localDomain = localDomain;
        gateway.name = GatewayName.parse(name);
        gateway.authKind = AuthKind.BEARER_TOKEN;
        gateway.enabled = true;
        gateway.registeredBy = by.username();
        gateway.registeredAt = now;
        gateway.holdCredential(credential, now);
        return gateway;
    }

    /**
     * A new, enabled gateway that authenticates with the client certificate {@code pinned}. Its credential id is
     * random, as for tokens, so that it can never be presented as part of a token that would match.
     */
    public static Gateway registerWithCertificate(String localDomain, String name, CertificatePin pinned,
            Operator by, Instant now) {
        Gateway gateway = register(localDomain, name, GatewayCredential.issue(), by, now);
        gateway.authKind = AuthKind.CLIENT_CERTIFICATE;
        gateway.holdCertificate(pinned, now);
        return gateway;
    }

    /** Replaces the credential: the old token stops working the moment this commits. */
    public void rotateCredential(GatewayCredential.Issued credential, Operator by, Instant now) {
        checkAdministeredBy(by);
        if (authKind != AuthKind.BEARER_TOKEN) {
            throw new ConflictException("The gateway " + name + " authenticates with a client certificate, not a"
                    + " token; renew its certificate with a new CSR instead.");
        }
        holdCredential(credential, now);
    }

    /**
     * Takes the certificate issued for a renewal. The one it replaces stays accepted until it expires, so that the
     * gateway can switch over without an outage; the one before that stops now.
     */
    public void renewCertificate(CertificatePin renewed, Operator by, Instant now) {
        checkAdministeredBy(by);
        if (authKind != AuthKind.CLIENT_CERTIFICATE) {
            throw new ConflictException("The gateway " + name + " authenticates with a bearer token; rotate its token"
                    + " instead, or register a new gateway that uses a client certificate.");
        }
        previousCredentialHash = credentialHash;
        holdCertificate(renewed, now);
    }

    /**
     * Why this gateway refuses a client certificate of the gateway CA with fingerprint {@code sha256}, or empty if
     * it accepts it. The CA vouched for the certificate, so the reasons may be specific.
     */
    public Optional<String> refusesCertificate(String sha256) {
        String who = "The gateway " + name + " of " + localDomain;
        if (authKind != AuthKind.CLIENT_CERTIFICATE) {
            return Optional.of(who + " authenticates with a bearer token, not a client certificate.");
        }
        if (!enabled) {
            return Optional.of(who + " is disabled; an administrator of " + localDomain
                    + " can enable it again.");
        }
        if (!sha256.equals(credentialHash) && !sha256.equals(previousCredentialHash)) {
            return Optional.of("This certificate of " + who + " was replaced by a newer one; install the"
                    + " certificate issued at the latest renewal.");
        }
        return Optional.empty();
    }

    public void disable(Operator by) {
        checkAdministeredBy(by);
        if (!enabled) {
            throw new ConflictException("The gateway " + name + " is already disabled.");
        }
        enabled = false;
    }

    public void enable(Operator by) {
        checkAdministeredBy(by);
        if (enabled) {
            throw new ConflictException("The gateway " + name + " is already enabled.");
        }
        enabled = true;
    }

    public void checkAdministeredBy(Operator by) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
    }

    /** Whether {@code presented} is this gateway's current token and the gateway may use it; tokens never expire. */
    public boolean accepts(GatewayCredential.Presented presented) {
        return enabled && authKind == AuthKind.BEARER_TOKEN && credentialId.equals(presented.credentialId())
                && GatewayCredential.matches(presented, credentialHash);
    }

    /**
     * As {@link #accepts(GatewayCredential.Presented)}, and the token is younger than {@code maxAge} at {@code now}.
     * A zero {@code maxAge} means tokens do not expire; rotation and disabling remain the ways to stop one.
     */
    public boolean accepts(GatewayCredential.Presented presented, Instant now, Duration maxAge) {
        boolean expired = !maxAge.isZero() && !credentialIssuedAt.plus(maxAge).isAfter(now);
        return !expired && accepts(presented);
    }

    /** Whether a request at {@code now} should write "last seen" (at most once per {@link #SEEN_RESOLUTION}). */
    public boolean seenLongerAgoThan(Instant now, Duration resolution) {
        return lastSeenAt == null || lastSeenAt.plus(resolution).isBefore(now);
    }

    /**
     * Records a report on a serial the caller has checked was published for this domain. A report identical to the
     * latest one is a replay (a retried request): nothing changes and it is not counted again, but the gateway was
     * seen.
     *
     * @return true when the report was recorded, false for a replay
     */
    public boolean report(StatusReport report, Instant now) {
        lastSeenAt = now;
        return status.record(report, name, now);
    }

    private void holdCredential(GatewayCredential.Issued credential, Instant now) {
        credentialId = credential.credentialId();
        credentialHash = credential.secretHash();
        credentialIssuedAt = now;
    }

    private void holdCertificate(CertificatePin pinned, Instant now) {
        credentialHash = pinned.sha256();
        credentialIssuedAt = now;
        credentialExpiresAt = pinned.notAfter();
    }

    public Long id() {
        return id;
    }

    public String localDomain() {
        return localDomain;
    }

    public String name() {
        return name;
    }

    public AuthKind authKind() {
        return authKind;
    }

    public String credentialId() {
        return credentialId;
    }

    public Instant credentialIssuedAt() {
        return credentialIssuedAt;
    }

    public Instant credentialExpiresAt() {
        return credentialExpiresAt;
    }

    public boolean enabled() {
        return enabled;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Long appliedSerial() {
        return status.appliedSerial();
    }

    public Instant appliedAt() {
        return status.appliedAt();
    }

    public Long rejectedSerial() {
        return status.rejectedSerial();
    }

    public String rejectionReason() {
        return status.rejectionReason();
    }

    public Instant rejectedAt() {
        return status.rejectedAt();
    }

    public long reportsRecorded() {
        return status.reportsRecorded();
    }

    public long version() {
        return version;
    }
}
