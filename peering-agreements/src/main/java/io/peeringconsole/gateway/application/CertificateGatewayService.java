package io.peeringconsole.gateway.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.gateway.domain.CertificatePin;
import io.peeringconsole.gateway.domain.Gateway;
import io.peeringconsole.gateway.domain.GatewayName;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.application.ConsoleKeys;
import io.peeringconsole.trust.application.GatewayCertificateService;
import io.peeringconsole.trust.application.IssuedGatewayCertificate;
import io.peeringconsole.truststore.keys.GatewayClientCertificates;
import io.peeringconsole.truststore.keys.GatewayClientCertificates.Identified;
import io.peeringconsole.truststore.keys.GatewayClientCertificates.Refused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Gateways that authenticate with a client certificate from the console's gateway CA (C7, C2): registration and
 * renewal from the gateway's PKCS#10 request, and recognising the certificate a gateway presents over TLS. The
 * gateway record pins the certificate's fingerprint, so only certificates issued through registration or renewal
 * log in, and disabling a gateway stops its certificate at once, long before the certificate itself would end.
 */
@ApplicationScoped
public class CertificateGatewayService {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    GatewayService gateways;

    @Inject
    GatewayCertificateService certificates;

    @Inject
    ConsoleKeys keys;

    /** Registers a gateway and issues its first certificate (at most 30 days) from {@code csr}, audited both. */
    @Transactional
    public CertifiedGateway register(Operator op, String localDomain, String name, byte[] csr, int validityDays) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        AccessPolicy.requireCanAdministerDomain(op, domain);
        gateways.requireLocalDomain(domain);
        String gatewayName = GatewayName.parse(name);
        IssuedGatewayCertificate issued = issue(op, domain, gatewayName, csr, validityDays);
        Gateway gateway = Gateway.registerWithCertificate(domain, gatewayName, pin(issued), op, gateways.now());
        gateways.flushing(gatewayName, domain, () -> em.persist(gateway));
        return certified(gateways.recorded(op, "GATEWAY_REGISTERED", gateway, null), issued);
    }

    /** Issues a new certificate for the gateway from a new CSR; the one it replaces works until it expires. */
    @Transactional
    public CertifiedGateway renew(Operator op, long id, long expectedVersion, byte[] csr, int validityDays) {
        Gateway gateway = gateways.current(op, id, expectedVersion);
        String before = GatewayView.auditState(gateway);
        IssuedGatewayCertificate issued = issue(op, gateway.localDomain(), gateway.name(), csr, validityDays);
        gateways.flushing(gateway.name(), gateway.localDomain(),
                () -> gateway.renewCertificate(pin(issued), op, gateways.now()));
        return certified(gateways.recorded(op, "GATEWAY_CERTIFICATE_RENEWED", gateway, before), issued);
    }

    /**
     * The gateway that {@code chain} (leaf first, as TLS delivered it) authenticates: the certificate must come from
     * the gateway CA, be valid now, be for clientAuth, and be the pinned certificate of an enabled gateway.
     */
    @Transactional
    public CertificateLogin authenticate(X509Certificate[] chain, String sourceAddress) {
        GatewayClientCertificates.Outcome outcome = keys.gatewayCa().clientCertificates().check(chain);
        if (outcome instanceof Refused refused) {
            return CertificateLogin.refused(refused.reason());
        }
        Identified identified = (Identified) outcome;
        Optional<Gateway> found = em.createQuery("select g from Gateway g where g.localDomain = :domain"
                + " and g.name = :name", Gateway.class).setParameter("domain", identified.localDomain())
                .setParameter("name", identified.gatewayName()).getResultStream().findFirst();
        if (found.isEmpty()) {
            return CertificateLogin.refused("No gateway " + identified.gatewayName() + " is registered for "
                    + identified.localDomain() + " (it may have been removed); register it again with a client"
                    + " certificate.");
        }
        Optional<String> refusal = found.get().refusesCertificate(identified.sha256());
        if (refusal.isPresent()) {
            return CertificateLogin.refused(refusal.get());
        }
        return CertificateLogin.accepted(gateways.seen(found.get(), sourceAddress, gateways.now()));
    }

    private IssuedGatewayCertificate issue(Operator op, String domain, String name, byte[] csr, int validityDays) {
        if (csr == null || csr.length == 0) {
            throw new RuleViolationException("csr", "Paste or upload the gateway's certificate signing request"
                    + " (PKCS#10, PEM or DER); for example: openssl req -new -newkey ec -pkeyopt"
                    + " ec_paramgen_curve:P-256 -nodes -keyout gateway.key -out gateway.csr -subj /CN=" + name);
        }
        try {
            return certificates.issue(op, domain, name, csr, validityDays);
        } catch (RuleViolationException refused) {
            if ("gatewayName".equals(refused.field())) {
                throw new RuleViolationException("name", refused.getMessage() + " Gateways with a client"
                        + " certificate need such a name, since it becomes the certificate's DNS name.");
            }
            throw refused;
        }
    }

    private static CertificatePin pin(IssuedGatewayCertificate issued) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(issued.pem().getBytes(StandardCharsets.US_ASCII)));
            return new CertificatePin(GatewayClientCertificates.sha256(certificate), issued.notAfter());
        } catch (CertificateException impossible) {
            throw new IllegalStateException("The gateway CA issued a certificate that does not parse", impossible);
        }
    }

    private static CertifiedGateway certified(GatewayView view, IssuedGatewayCertificate issued) {
        return new CertifiedGateway(view, issued.pem(), issued.serialNumber(), issued.notAfter(), issued.caPem());
    }
}
