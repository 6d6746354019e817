package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.SignatureVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the path from the leaf to an anchor by issuer name, confirming each link by its signature. Anchors are
 * tried before presented certificates, and retired anchors last, so that a CA rollover with a reused name still
 * picks the right key.
 */
final class PathBuilder {

    /** Deeper than any real federation chain; stops loops and hostile bundles. */
    private static final int MAX_LENGTH = 8;

    private final SignatureVerifier verifier;
    private final List<PathCertificate> anchors;
    private final List<PathCertificate> presented;

    PathBuilder(SignatureVerifier verifier, List<PathCertificate> anchorsInPreferenceOrder, List<PathCertificate> presented) {
        this.verifier = verifier;
        this.anchors = List.copyOf(anchorsInPreferenceOrder);
        this.presented = List.copyOf(presented);
    }

    CertificationPath build(PathCertificate leaf) {
        List<PathCertificate> path = new ArrayList<>(List.of(leaf));
        PathCertificate current = leaf;
        while (path.size() <= MAX_LENGTH) {
            if (isAnchor(current)) {
                return CertificationPath.anchored(path);
            }
            List<PathCertificate> candidates = candidatesFor(current, path);
            if (candidates.isEmpty()) {
                return CertificationPath.broken(path, current.selfIssued() ? noAnchor(current) : incomplete(current));
            }
            Optional<PathCertificate> issuer = signerAmong(current, candidates);
            if (issuer.isEmpty()) {
                return CertificationPath.broken(path, notSigned(current, candidates.getFirst()));
            }
            path.add(issuer.get());
            current = issuer.get();
        }
        return CertificationPath.broken(path, new Reason(ReasonCode.CHAIN_INCOMPLETE, "The chain is longer than " + MAX_LENGTH
                + " certificates without reaching a trust anchor; check the peer's chain file.", null));
    }

    private boolean isAnchor(PathCertificate certificate) {
        return anchors.stream().anyMatch(a -> a.sameAs(certificate.facts()));
    }

    private List<PathCertificate> candidatesFor(PathCertificate current, List<PathCertificate> path) {
        return Stream.concat(anchors.stream(), presented.stream())
                .filter(c -> c.subject().equals(current.issuer()))
                .filter(c -> path.stream().noneMatch(p -> p.sameAs(c.facts())))
                .toList();
    }

    private Optional<PathCertificate> signerAmong(PathCertificate current, List<PathCertificate> candidates) {
        return candidates.stream().filter(c -> verifier.isSignedBy(current.facts(), c.facts())).findFirst();
    }

    private static Reason incomplete(PathCertificate current) {
        String message = "The issuer '" + current.facts().issuer() + "' of " + Describe.certificate(current.facts())
                + " is missing: the peer did not present it and it is not a trust anchor here. Ask the peer to send the"
                + " intermediate certificate with its chain, or import '" + current.facts().issuer() + "' as a trust anchor.";
        return new Reason(ReasonCode.CHAIN_INCOMPLETE, message, current.facts().sha256Fingerprint());
    }

    private static Reason noAnchor(PathCertificate current) {
        String message = "The chain ends at the self-signed " + Describe.certificate(current.facts())
                + ", which is not a trust anchor for this peer. Import it as a trust anchor after checking its fingerprint ("
                + current.facts().sha256Fingerprint() + ") with the peer, or pin the peer's key instead.";
        return new Reason(ReasonCode.NO_TRUST_ANCHOR, message, current.facts().sha256Fingerprint());
    }

    private static Reason notSigned(PathCertificate current, PathCertificate namedIssuer) {
        String message = Describe.certificate(current.facts()) + " names '" + current.facts().issuer()
                + "' as its issuer, but its signature does not verify with the key of that certificate (SHA-256 "
                + namedIssuer.facts().sha256Fingerprint() + "). The chain mixes certificates of different issuances,"
                + " or the CA changed its key: ask the peer for its current chain, or import the CA's new certificate.";
        return new Reason(ReasonCode.NOT_SIGNED_BY_ISSUER, message, current.facts().sha256Fingerprint());
    }
}
