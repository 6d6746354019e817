package io.peeringconsole.trust.application;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.SafeText;
import io.peeringconsole.trust.domain.ImportedCrls;
import io.peeringconsole.trust.domain.RegistryLookup;
import io.peeringconsole.trust.domain.SpkiPin;
import io.peeringconsole.trust.domain.TrustAccess;
import io.peeringconsole.trust.domain.TrustPin;
import io.peeringconsole.trust.domain.TrustPins;
import io.peeringconsole.trust.domain.TrustPurpose;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.trust.domain.TrustedCertificates;
import io.peeringconsole.trust.domain.TrustedPeer;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.CrlImporter;
import io.peeringconsole.truststore.validation.CertificateValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the console trusts per peer network (C2): certificates, anchors, pins and CRLs, and the verdict for each of a
 * peer's domains. Each change is checked against the access rules, read by the trust store, stored and flushed, and
 * only then recorded in the audit trail, in the same transaction. Reads take no operator: callers check
 * {@link io.peeringconsole.access.domain.AccessPolicy#requireCanReadRegistry} first.
 */
@ApplicationScoped
public class PeerTrustService {

    @Inject
    TrustedCertificates certificates;

    @Inject
    TrustPins pins;

    @Inject
    ImportedCrls crls;

    @Inject
    RegistryLookup registry;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CertificateImporter importer;

    @Inject
    CrlImporter crlImporter;

    @Inject
    CertificateValidator validator;

    @Inject
    Event<CertificatesRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /** Imports what a peer's gateways present (PEM, DER or PKCS#7): ADMIN or DOMAIN_ADMIN. */
    @Transactional
    public ImportOutcome importCertificates(Operator op, long peerNetworkId, byte[] input) {
        TrustAccess.requireCanEditPeerTrust(op);
        TrustedPeer peer = peer(peerNetworkId);
        return imports().store(op, peer.id(), TrustPurpose.PEER_CERTIFICATE, input);
    }

    /** Imports trust anchors, global when {@code peerNetworkIdOrNullForGlobal} is null: ADMIN or SECURITY_OFFICER. */
    @Transactional
    public ImportOutcome importAnchors(Operator op, Long peerNetworkIdOrNullForGlobal, byte[] input) {
        TrustAccess.requireCanManageAnchors(op);
        Long scope = peerNetworkIdOrNullForGlobal == null ? null : peer(peerNetworkIdOrNullForGlobal).id();
        return imports().store(op, scope, TrustPurpose.TRUST_ANCHOR, input);
    }

    /** Removes a certificate or anchor; a rollover that was to replace it is cancelled with it. */
    @Transactional
    public void remove(Operator op, long certificateId, long expectedVersion) {
        TrustedCertificate stored = certificate(certificateId);
        TrustAccess.requireCanChange(op, stored.purpose());
        checkVersion(stored, expectedVersion);
        String before = TrustJson.certificate(stored, facts().of(stored));
        certificates.replacing(certificateId).forEach(TrustedCertificate::cancelRollover);
        certificates.remove(stored);
        auditTrail.record(op.actor(), AuditEvent.of(CertificateImports.removeAction(stored.purpose()),
                CertificateImports.TARGET_TYPE, String.valueOf(certificateId)).before(before));
    }

    /** Trusts both certificates until {@code overlapUntil}, then only the incoming one. */
    @Transactional
    public CertificateView scheduleRollover(Operator op, long incomingCertificateId, long outgoingCertificateId,
            Instant overlapUntil) {
        TrustedCertificate incoming = certificate(incomingCertificateId);
        TrustAccess.requireCanChange(op, incoming.purpose());
        TrustedCertificate outgoing = certificate(outgoingCertificateId);
        var facts = facts().of(incoming);
        String before = TrustJson.certificate(incoming, facts);
        incoming.scheduleRollover(outgoing, overlapUntil == null ? null : overlapUntil.truncatedTo(ChronoUnit.MICROS),
                now());
        certificates.flush();
        auditTrail.record(op.actor(), AuditEvent.of("ROLLOVER_SCHEDULED", CertificateImports.TARGET_TYPE,
                String.valueOf(incomingCertificateId)).before(before).after(TrustJson.certificate(incoming, facts)));
        return CertificateView.of(incoming, facts);
    }

    @Transactional
    public PinView addPin(Operator op, long peerNetworkId, String spkiPin, String note) {
        TrustAccess.requireCanEditPeerTrust(op);
        TrustedPeer peer = peer(peerNetworkId);
        SpkiPin pin = SpkiPin.parse(spkiPin);
        TrustPin added = TrustPin.of(peer.id(), pin, note, now());
        if (pins.exists(peer.id(), pin)) {
            throw new ConflictException("The pin " + pin + " is already registered for "
                    + SafeText.quote(peer.displayName()) + ".");
        }
        pins.add(added);
        auditTrail.record(op.actor(), AuditEvent.of("PIN_ADDED", "TrustPin", String.valueOf(added.id()))
                .after(TrustJson.pin(added)));
        return PinView.of(added);
    }

    @Transactional
    public void removePin(Operator op, long pinId) {
        TrustAccess.requireCanEditPeerTrust(op);
        TrustPin pin = pins.find(pinId).orElseThrow(() -> new NotFoundException("There is no pin with id " + pinId
                + "; it may have been removed already."));
        pins.remove(pin);
        auditTrail.record(op.actor(), AuditEvent.of("PIN_REMOVED", "TrustPin", String.valueOf(pinId))
                .before(TrustJson.pin(pin)));
    }

    /** Imports a CRL: ADMIN or SECURITY_OFFICER. The same CRL imported again is answered, not stored twice. */
    @Transactional
    public CrlView importCrl(Operator op, byte[] input) {
        TrustAccess.requireCanManageAnchors(op);
        CrlView imported = new CrlImports(crls, crlImporter, auditTrail, now()).store(op, input);
        if (imported.revokedCount() > 0) {
            revoked.fire(new CertificatesRevoked(op.actor(), imported.issuer(), imported.revokedCount()));
        }
        return imported;
    }

    @Transactional
    public PeerTrustView trustOf(long peerNetworkId, Instant now) {
        return reads().trustOf(peer(peerNetworkId), now);
    }

    /**
     * {@link #trustOf(long, Instant)} for many peer networks at once, with one query per kind of evidence: what a
     * publish needs for every peer of a local domain. Ids of peers that do not exist are left out of the answer.
     */
    @Transactional
    public Map<Long, PeerTrustView> trustOf(Collection<Long> peerNetworkIds, Instant now) {
        return reads().trustOf(peerNetworkIds, now);
    }

    /** The anchors of one peer network, or the global ones when {@code peerNetworkIdOrNull} is null. */
    @Transactional
    public List<CertificateView> listAnchors(Long peerNetworkIdOrNull) {
        return reads().anchors(peerNetworkIdOrNull);
    }

    /** Certificates and anchors ending within {@code withinDays} (0 to 30) days or already ended, soonest first. */
    @Transactional
    public List<ExpiringView> expiring(Instant now, int withinDays) {
        return reads().expiring(now, withinDays);
    }

    @Transactional
    public long countExpiring(Instant now, int withinDays) {
        return reads().countExpiring(now, withinDays);
    }

    @Transactional
    public List<CrlView> listCrls() {
        return reads().crls(now());
    }

    private CertificateImports imports() {
        return new CertificateImports(certificates, importer, auditTrail, now());
    }

    private TrustReads reads() {
        return new TrustReads(registry, certificates, pins, crls, facts(), validator);
    }

    private StoredFacts facts() {
        return new StoredFacts(importer, crlImporter);
    }

    private TrustedPeer peer(long id) {
        return registry.peer(id).orElseThrow(() -> new NotFoundException("There is no peer network with id " + id
                + "; it may have been deleted."));
    }

    private TrustedCertificate certificate(long id) {
        return certificates.find(id).orElseThrow(() -> new NotFoundException("There is no trusted certificate with id "
                + id + "; it may have been removed already."));
    }

    private static void checkVersion(TrustedCertificate stored, long expectedVersion) {
        if (stored.version() != expectedVersion) {
            throw new ConflictException("The certificate " + SafeText.quote(stored.subject()) + " was changed by"
                    + " someone else since you opened it (version " + expectedVersion + ", now " + stored.version()
                    + "); reload and try again.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
