package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CachingSignatureVerifier;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.JcaSignatureVerifier;
import io.peeringconsole.truststore.certificate.SignatureVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a peer's presented chain is trusted for its domain and lists every reason. All checks run even
 * after a failure, so that a person sees at once everything the peer has to fix.
 *
 * <p>A pin on the leaf's key replaces the chain: anchors, issuer signatures, CA constraints, signature algorithms and
 * revocation are then not checked, while validity, key strength, key usage and the domain still are.
 */
@ApplicationScoped
public class CertificateValidator {

    private final SignatureVerifier verifier;

    /** Verifies with the platform's providers and remembers results, as the JDK's certificate objects do. */
    public CertificateValidator() {
        this(new CachingSignatureVerifier(new JcaSignatureVerifier(), CachingSignatureVerifier.DEFAULT_CAPACITY));
    }

    public CertificateValidator(SignatureVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    public Verdict validate(ValidationRequest request) {
        Findings findings = new Findings();
        TrustConfiguration configuration = new TrustConfiguration(request);
        PathCertificate leaf = PathCertificate.of(request.leaf());
        boolean pinned = configuration.checkPins(request.leaf(), findings);
        List<CertificateFacts> relied = pinned ? List.of(request.leaf()) : checkChain(request, configuration, leaf, findings);
        ValidityCheck.check(relied, request.now(), findings);
        StrengthCheck.checkKeys(relied, findings);
        UsageCheck.check(request.leaf(), request.requiredRoles(), findings);
        DomainCheck.check(leaf, request.peerDomain(), findings);
        configuration.checkRollovers(relied, findings);
        return Verdict.of(findings.reasons(), relied);
    }

    /** Builds the path and checks what only a chain has; returns the certificates the decision rests on. */
    private List<CertificateFacts> checkChain(ValidationRequest request, TrustConfiguration configuration,
            PathCertificate leaf, Findings findings) {
        List<PathCertificate> anchors = configuration.anchorsInPreferenceOrder().stream().map(PathCertificate::of).toList();
        List<PathCertificate> presented = request.presentedChain().stream().skip(1).map(PathCertificate::of).toList();
        CertificationPath path = new PathBuilder(verifier, anchors, presented).build(leaf);
        path.problem().ifPresent(findings::add);
        StrengthCheck.checkSignatures(path, findings);
        CaConstraintCheck.check(path, findings);
        new RevocationCheck(verifier, request.crls(), request.now(), findings).check(path);
        return path.facts();
    }
}
