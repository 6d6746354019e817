package io.peeringconsole.trust.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored CRLs. */
public interface ImportedCrls {

    /** All imported CRLs, by issuer and newest first within an issuer. */
    List<ImportedCrl> all();

    /** The CRL of this issuer (as stored) issued at {@code thisUpdate}, if it was imported before. */
    Optional<ImportedCrl> find(String storedIssuer, Instant thisUpdate);

    /**
     * Stores a new CRL, flushing so that the same CRL imported at the same moment surfaces here.
     *
     * @throws io.peeringconsole.rules.ConflictException when it was imported by someone else meanwhile
     */
    void add(ImportedCrl crl);
}
