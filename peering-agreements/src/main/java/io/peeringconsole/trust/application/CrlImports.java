package io.peeringconsole.trust.application;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.trust.domain.ImportedCrls;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.CrlImporter;
import java.time.Instant;
import java.util.Optional;

/**
 * One CRL import. A CRL is identified by issuer and thisUpdate: the same one again is answered without storing it,
 * a different one with the same identity is refused, since a CA never issues two.
 */
final class CrlImports {

    private final ImportedCrls crls;
    private final CrlImporter importer;
    private final AuditTrail auditTrail;
    private final Instant now;

    CrlImports(ImportedCrls crls, CrlImporter importer, AuditTrail auditTrail, Instant now) {
        this.crls = crls;
        this.importer = importer;
        this.auditTrail = auditTrail;
        this.now = now;
    }

    CrlView store(Operator op, byte[] input) {
        CrlFacts facts = read(input);
        Optional<ImportedCrl> known = crls.find(ImportedCrl.storedIssuer(facts), facts.thisUpdate());
        if (known.isPresent()) {
            return same(known.get(), facts);
        }
        ImportedCrl crl = ImportedCrl.imported(facts, now);
        crls.add(crl);
        auditTrail.record(op.actor(), AuditEvent.of("CRL_IMPORTED", "ImportedCrl", String.valueOf(crl.id()))
                .after(TrustJson.crl(crl, facts)));
        return CrlView.of(crl, facts, now);
    }

    private CrlFacts read(byte[] input) {
        try {
            return importer.parse(input);
        } catch (TrustStoreInputException refused) {
            throw new RuleViolationException("crl", refused.getMessage());
        }
    }

    private CrlView same(ImportedCrl known, CrlFacts facts) {
        if (!known.pem().equals(facts.pem())) {
            throw new ConflictException("A different CRL of " + SafeText.quote(facts.issuer()) + " issued at the"
                    + " same time (" + facts.thisUpdate() + ") was imported before; a CA never issues two. Check"
                    + " where this file came from.");
        }
        return CrlView.of(known, facts, now);
    }
}
