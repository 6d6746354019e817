package io.peeringconsole.trust.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored certificates and anchors. Lists are in id order unless said otherwise. */
public interface TrustedCertificates {

    Optional<TrustedCertificate> find(long id);

    /**
     * The certificates of one purpose held by a peer network, or the global ones
     * when {@code peerNetworkId} is null.
     */
    List<TrustedCertificate> of(Long peerNetworkId, TrustPurpose purpose);

    /** The certificates of one purpose held by any of these peer networks (none of the global ones), in id order. */
    List<TrustedCertificate> ofPeers(Collection<Long> peerNetworkIds, TrustPurpose purpose);

    /** The certificates of this scope and purpose whose SHA-256 fingerprint is among {@code fingerprints}. */
    List<TrustedCertificate> withFingerprints(Long peerNetworkId, TrustPurpose purpose,
            Collection<String> fingerprints);

    /** The certificates scheduled to replace the one with this id. */
    List<TrustedCertificate> replacing(long outgoingId);

    /**
     * Certificates and anchors whose notAfter is at or before {@code horizon}, soonest first, leaving out those that
     * were rolled over and whose overlap has ended at {@code now}: they are no longer trusted, so no longer due.
     */
    List<TrustedCertificate> endingBy(Instant horizon, Instant now);

    long countEndingBy(Instant horizon, Instant now);

    /**
     * Stores new certificates, flushing so that a concurrent import of the same certificate surfaces here.
     *
     * @throws io.peeringconsole.rules.ConflictException when one was stored by someone else meanwhile
     */
    void addAll(List<TrustedCertificate> certificates);

    /**
     * Removes a certificate, flushing so that a concurrent change surfaces here.
     *
     * @throws io.peeringconsole.rules.ConflictException when it was changed by someone else meanwhile
     */
    void remove(TrustedCertificate certificate);

    /**
     * Writes pending changes of loaded certificates now.
     *
     * @throws io.peeringconsole.rules.ConflictException when one was changed by someone else meanwhile
     */
    void flush();
}
