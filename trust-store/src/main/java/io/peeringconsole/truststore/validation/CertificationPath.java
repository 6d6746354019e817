package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.util.List;
import java.util.Optional;

/**
 * The chain path building found, leaf first. When {@code anchored} the last element is a trust anchor; otherwise
 * {@code problem} says why the path stops where it does.
 */
record CertificationPath(List<PathCertificate> certificates, boolean anchored, Optional<Reason> problem) {

    CertificationPath {
        certificates = List.copyOf(certificates);
    }

    static CertificationPath anchored(List<PathCertificate> certificates) {
        return new CertificationPath(certificates, true, Optional.empty());
    }

    static CertificationPath broken(List<PathCertificate> certificates, Reason problem) {
        return new CertificationPath(certificates, false, Optional.of(problem));
    }

    List<CertificateFacts> facts() {
        return certificates.stream().map(PathCertificate::facts).toList();
    }

    /** True for the last certificate of an anchored path, which is trusted by configuration rather than checked. */
    boolean isAnchor(int index) {
        return anchored && index == certificates.size() - 1;
    }
}
