package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.aDomainAdminOf;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.domain.TrustFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.keys.ConsoleKeyStore;
import io.peeringconsole.truststore.keys.GatewayCertificateAuthority;
import io.peeringconsole.truststore.keys.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway client certificates from our CA: who may ask, what a refused request says, what is audited. */
class GatewayCertificateServiceTest {

    @TempDir
    Path keyDirectory;

    private final TrustServices services = new TrustServices();
    private final GatewayCertificateService gateways = new GatewayCertificateService();

    @BeforeEach
    void wire() {
        ConsoleKeyStore keyStore = ConsoleKeyStore.openOrCreate(keyDirectory, "test-password".toCharArray(),
                Clock.systemUTC());
        gateways.consoleKeys = new ConsoleKeys() {
            @Override
            public GatewayCertificateAuthority gatewayCa() {
                return keyStore.gatewayCa();
            }

            @Override
            public String gatewayCaPem() {
                return keyStore.gatewayCa().certificate().pem();
            }

            @Override
            public SigningKeys signingKeys() {
                return keyStore.signingKeys();
            }
        };
        gateways.registry = services.registry;
        gateways.auditTrail = services.audit;
    }

    @Test
    void issuesAShortLivedClientCertificateAndAuditsIt() {
        IssuedGatewayCertificate issued = gateways.issue(aDomainAdminOf("example.com"), "Example.COM", "gw1",
                bytes("gateway.csr"), 7);
        CertificateFacts facts = new CertificateImporter().parse(issued.pem().getBytes(StandardCharsets.US_ASCII))
                .leaf();
        assertEquals(facts.serialNumber(), issued.serialNumber());
        assertEquals(List.of("gw1.example.com"), facts.subjectAltNames().dnsNames());
        assertTrue(issued.notAfter().isBefore(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60)));
        assertTrue(issued.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
        AuditEvent event = services.audit.events.getFirst();
        assertEquals("GATEWAY_CERTIFICATE_ISSUED", event.action());
        assertEquals("example.com", event.localDomain());
        assertEquals(issued.serialNumber(), event.targetId());
        assertTrue(event.after().contains(issued.serialNumber()));
    }

    @Test
    void refusedRequestsNameTheFieldToFixAndAreNotAudited() {
        assertEquals("csr", refusal(bytes("gateway-ca-request.csr"), "gw1", 7).field());
        assertEquals("csr", refusal(bytes("example-net.pem"), "gw1", 7).field());
        assertEquals("csr", refusal("-----BEGIN PRIVATE KEY-----\nAA\n-----END PRIVATE KEY-----\n"
                .getBytes(StandardCharsets.US_ASCII), "gw1", 7).field());
        assertEquals("validityDays", refusal(bytes("gateway.csr"), "gw1", 31).field());
        assertEquals("gatewayName", refusal(bytes("gateway.csr"), "gw 1/..", 7).field());
        assertEquals(List.of(), services.audit.events);
    }

    @Test
    void onlyAdministratorsOfAnExistingLocalDomainMayAsk() {
        assertThrows(AccessDeniedException.class,
                () -> gateways.issue(aDomainAdminOf("example.org"), "example.com", "gw1", bytes("gateway.csr"), 7));
        assertThrows(NotFoundException.class,
                () -> gateways.issue(anAdmin(), "unknown.example", "gw1", bytes("gateway.csr"), 7));
        assertEquals("localDomain", assertThrows(RuleViolationException.class,
                () -> gateways.issue(anAdmin(), "not a domain!", "gw1", bytes("gateway.csr"), 7)).field());
    }

    private RuleViolationException refusal(byte[] csr, String gatewayName, int days) {
        return assertThrows(RuleViolationException.class,
                () -> gateways.issue(anAdmin(), "example.com", gatewayName, csr, days));
    }
}
