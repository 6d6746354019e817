package io.peeringconsole.gateway.domain;

import static io.peeringconsole.gateway.domain.GatewayFixtures.DOMAIN;
import static io.peeringconsole.gateway.domain.GatewayFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayCertificateTest {

    private static final CertificatePin FIRST = pin('a');
    private static final CertificatePin SECOND = pin('b');
    private static final CertificatePin THIRD = pin('c');

    private static CertificatePin pin(char digit) {
        return new CertificatePin(String.valueOf(digit).repeat(64), T0.plus(Duration.ofDays(30)));
    }

    private static Gateway certificateGateway() {
        return Gateway.registerWithCertificate(DOMAIN, "edge-1", FIRST, GatewayFixtures.domainAdmin(), T0);
    }

    @Test
    void aCertificateGatewayAcceptsItsCertificateAndNoToken() {
        Gateway gateway = certificateGateway();
        assertEquals(AuthKind.CLIENT_CERTIFICATE, gateway.authKind());
        assertEquals(Optional.empty(), gateway.refusesCertificate(FIRST.sha256()));
        assertEquals(T0.plus(Duration.ofDays(30)), gateway.credentialExpiresAt());
        // Even a token built around its credential id does not match: tokens are for token gateways only.
        var token = GatewayCredential.parse("pcg." + gateway.credentialId() + "." + "A".repeat(43)).orElseThrow();
        assertFalse(gateway.accepts(token));
        assertTrue(gateway.refusesCertificate(SECOND.sha256()).orElseThrow().contains("replaced by a newer one"));
    }

    @Test
    void aTokenGatewayRefusesCertificatesAndCannotBeRenewed() {
        Gateway gateway = GatewayFixtures.gateway();
        assertTrue(gateway.refusesCertificate(FIRST.sha256()).orElseThrow().contains("bearer token"));
        assertThrows(ConflictException.class, () -> gateway.renewCertificate(SECOND, GatewayFixtures.domainAdmin(), T0));
    }

    @Test
    void aCertificateGatewayHasNoTokenToRotate() {
        Gateway gateway = certificateGateway();
        var refused = assertThrows(ConflictException.class, () -> gateway.rotateCredential(GatewayCredential.issue(),
                GatewayFixtures.domainAdmin(), T0));
        assertTrue(refused.getMessage().contains("renew its certificate"));
    }

    @Test
    void renewalKeepsThePreviousCertificateForTheSwitchOverAndDropsTheOneBefore() {
        Gateway gateway = certificateGateway();
        gateway.renewCertificate(SECOND, GatewayFixtures.domainAdmin(), T0.plusSeconds(60));
        assertEquals(Optional.empty(), gateway.refusesCertificate(SECOND.sha256()));
        assertEquals(Optional.empty(), gateway.refusesCertificate(FIRST.sha256()));
        assertEquals(T0.plusSeconds(60), gateway.credentialIssuedAt());
        gateway.renewCertificate(THIRD, GatewayFixtures.domainAdmin(), T0.plusSeconds(120));
        assertTrue(gateway.refusesCertificate(FIRST.sha256()).isPresent());
        assertEquals(Optional.empty(), gateway.refusesCertificate(SECOND.sha256()));
        assertEquals(Optional.empty(), gateway.refusesCertificate(THIRD.sha256()));
    }

    @Test
    void aDisabledCertificateGatewayIsRefusedWithTheReason() {
        Gateway gateway = certificateGateway();
        gateway.disable(GatewayFixtures.domainAdmin());
        assertTrue(gateway.refusesCertificate(FIRST.sha256()).orElseThrow().contains("is disabled"));
        gateway.enable(GatewayFixtures.domainAdmin());
        assertEquals(Optional.empty(), gateway.refusesCertificate(FIRST.sha256()));
    }

    @Test
    void onlyAnAdministratorOfTheDomainRegistersOrRenews() {
        assertThrows(AccessDeniedException.class, () -> Gateway.registerWithCertificate(DOMAIN, "edge-1", FIRST,
                GatewayFixtures.adminOfAnotherDomain(), T0));
        Gateway gateway = certificateGateway();
        assertThrows(AccessDeniedException.class, () -> gateway.renewCertificate(SECOND,
                GatewayFixtures.securityOfficer(), T0));
        assertTrue(gateway.refusesCertificate(SECOND.sha256()).isPresent());
    }

    @Test
    void aPinIsASha256InLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> new CertificatePin("ab", T0));
        assertThrows(IllegalArgumentException.class, () -> new CertificatePin("z".repeat(64), T0));
        assertEquals("f".repeat(64), new CertificatePin("F".repeat(64), T0).sha256());
    }
}
