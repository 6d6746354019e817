package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.certificate.CrlFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A certificate revocation list as imported. The validator uses the newest genuine CRL of each issuer, so older
 * ones may stay; whether a CRL is genuine is decided at validation, against the issuer found in the path.
 */
@Entity
@Table(name = "imported_crl")
public class ImportedCrl {

    public static final int MAX_PEM = 65536;
    static final int MAX_CRL_NUMBER = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "issuer", length = TrustedCertificate.MAX_NAME, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "pem", length = MAX_PEM, nullable = false, updatable = false)
    private String pem;

    @Column(name = "this_update", nullable = false, updatable = false)
    private Instant thisUpdate;

    @Column(name = "next_update", updatable = false)
    private Instant nextUpdate;

    @Column(name = "crl_number", length = MAX_CRL_NUMBER, updatable = false)
    private String crlNumber;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected ImportedCrl() {
        // for JPA
    }

    /**
     * Keeps an imported CRL.
     *
     * @throws RuleViolationException when it is too large to store or its number is not an RFC 5280 CRL number
     */
    public static ImportedCrl imported(CrlFacts facts, Instant now) {
        String pem = facts.pem();
        if (pem.length() > MAX_PEM) {
            throw new RuleViolationException("crl", "This CRL is too large to store (" + pem.length()
                    + " characters as PEM, at most " + MAX_PEM + ", room for roughly a thousand revoked certificates)."
                    + " Import the CA's partitioned or delta CRLs for the issuers your peers use, or ask the peer"
                    + " for a certificate from a CA with a smaller CRL.");
        }
        if (facts.crlNumber() != null && facts.crlNumber().length() > MAX_CRL_NUMBER) {
            throw new RuleViolationException("crl", "The CRL number of this CRL is longer than RFC 5280 allows"
                    + " (20 octets); the file is not a CRL the console can rely on.");
        }
        ImportedCrl crl = new ImportedCrl();
        crl.issuer = storedIssuer(facts);
        crl.pem = pem;
        crl.thisUpdate = facts.thisUpdate();
        crl.nextUpdate = facts.nextUpdate();
        crl.crlNumber = facts.crlNumber();
        crl.importedAt = now;
        return crl;
    }

    /** The issuer as the issuer column holds it, for the duplicate check before an import. */
    public static String storedIssuer(CrlFacts facts) {
        return StoredNames.bounded(facts.issuer());
    }

    /** Past its nextUpdate, a CRL no longer tells whether recently revoked certificates are still good. */
    public boolean staleAt(Instant now) {
        return nextUpdate != null && now.isAfter(nextUpdate);
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String pem() {
        return pem;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Instant nextUpdate() {
        return nextUpdate;
    }

    public String crlNumber() {
        return crlNumber;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
