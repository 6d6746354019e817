package io.peeringconsole.trust.application;

import java.util.List;

/**
 * What an import did: the certificates stored now, those that were stored before (an import is idempotent), and
 * whether the upload listed its chain in another order than leaf first.
 */
public record ImportOutcome(List<CertificateView> stored, List<CertificateView> alreadyPresent, boolean reordered) {

    public ImportOutcome {
        stored = List.copyOf(stored);
        alreadyPresent = List.copyOf(alreadyPresent);
    }
}
