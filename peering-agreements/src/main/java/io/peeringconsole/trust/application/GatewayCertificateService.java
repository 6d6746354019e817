package io.peeringconsole.trust.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.domain.RegistryLookup;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.keys.IssuedCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Issues client certificates to a local domain's gateways from their PKCS#10 requests, with the console's gateway
 * CA. Nothing is stored but the audit entry: certificates are short-lived and a gateway renews by asking again.
 */
@ApplicationScoped
public class GatewayCertificateService {

    static final String TARGET_TYPE = "GatewayCertificate";

    @Inject
    ConsoleKeys consoleKeys;

    @Inject
    RegistryLookup registry;

    @Inject
    AuditTrail auditTrail;

    /**
     * Issues a certificate for gateway {@code gatewayName} of {@code localDomain}: ADMIN, or DOMAIN_ADMIN of that
     * domain. The CA takes only the key from {@code csr}; names, usages and validity (at most 30 days) are ours.
     */
    @Transactional
    public IssuedGatewayCertificate issue(Operator op, String localDomain, String gatewayName, byte[] csr,
            int validityDays) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        AccessPolicy.requireCanAdministerDomain(op, domain);
        if (!registry.isLocalDomain(domain)) {
            throw new NotFoundException("There is no local domain " + domain + "; add it under local domains first.");
        }
        IssuedCertificate issued = sign(csr, gatewayName, domain, validityDays);
        CertificateFacts facts = issued.facts();
        auditTrail.record(op.actor(), AuditEvent.of("GATEWAY_CERTIFICATE_ISSUED", TARGET_TYPE, facts.serialNumber())
                .inDomain(domain).after(TrustJson.issued(domain, gatewayName, facts)));
        return new IssuedGatewayCertificate(issued.pem(), facts.serialNumber(), facts.subject(), facts.notAfter(),
                consoleKeys.gatewayCaPem());
    }

    private IssuedCertificate sign(byte[] csr, String gatewayName, String domain, int validityDays) {
        try {
            return consoleKeys.gatewayCa().issue(csr, gatewayName, domain, Duration.ofDays(validityDays));
        } catch (TrustStoreInputException refused) {
            throw new RuleViolationException(field(refused), refused.getMessage());
        }
    }

    /** The request's part to highlight: the name and the validity are fields of their own, the rest is the CSR. */
    static String field(TrustStoreInputException refused) {
        return switch (refused.code()) {
            case INVALID_NAME -> "gatewayName";
            case INVALID_VALIDITY -> "validityDays";
            default -> "csr";
        };
    }
}
