package io.peeringconsole.gateway.domain;

import static io.peeringconsole.gateway.domain.GatewayFixtures.DOMAIN;
import static io.peeringconsole.gateway.domain.GatewayFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayTest {

    @Test
    void onlyAnAdministratorOfTheDomainRegistersOrChangesAGateway() {
        assertThrows(AccessDeniedException.class, () -> Gateway.register(DOMAIN, "edge-1",
                GatewayCredential.issue(), GatewayFixtures.adminOfAnotherDomain(), T0));
        assertThrows(AccessDeniedException.class, () -> Gateway.register(DOMAIN, "edge-1",
                GatewayCredential.issue(), GatewayFixtures.securityOfficer(), T0));
        Gateway gateway = GatewayFixtures.gateway();
        assertThrows(AccessDeniedException.class, () -> gateway.disable(GatewayFixtures.adminOfAnotherDomain()));
        assertThrows(AccessDeniedException.class, () -> gateway.rotateCredential(GatewayCredential.issue(),
                GatewayFixtures.securityOfficer(), T0));
        assertTrue(gateway.enabled());
    }

    @Test
    void namesAreHostNameLike() {
        for (String bad : new String[] {"", "  ", "-edge", "edge 1", "edge/1", "ed\u0000ge", "x".repeat(65)}) {
            var refused = assertThrows(RuleViolationException.class, () -> Gateway.register(DOMAIN, bad,
                    GatewayCredential.issue(), GatewayFixtures.domainAdmin(), T0), bad);
            assertEquals("name", refused.field());
        }
        assertEquals("edge-1.fra_2", Gateway.register(DOMAIN, " edge-1.fra_2 ", GatewayCredential.issue(),
                GatewayFixtures.domainAdmin(), T0).name());
    }

    @Test
    void rotationStopsTheOldTokenAndStartsTheNew() {
        GatewayCredential.Issued first = GatewayCredential.issue();
        Gateway gateway = Gateway.register(DOMAIN, "edge-1", first, GatewayFixtures.domainAdmin(), T0);
        assertTrue(gateway.accepts(GatewayCredential.parse(first.token()).orElseThrow()));
        GatewayCredential.Issued second = GatewayCredential.issue();
        gateway.rotateCredential(second, GatewayFixtures.domainAdmin(), T0.plusSeconds(60));
        assertFalse(gateway.accepts(GatewayCredential.parse(first.token()).orElseThrow()));
        assertTrue(gateway.accepts(GatewayCredential.parse(second.token()).orElseThrow()));
        assertEquals(T0.plusSeconds(60), gateway.credentialIssuedAt());
    }

    @Test
    void aDisabledGatewayIsRefusedUntilEnabledAgain() {
        GatewayCredential.Issued credential = GatewayCredential.issue();
        Gateway gateway = Gateway.register(DOMAIN, "edge-1", credential, GatewayFixtures.domainAdmin(), T0);
        var presented = GatewayCredential.parse(credential.token()).orElseThrow();
        gateway.disable(GatewayFixtures.domainAdmin());
        assertFalse(gateway.accepts(presented));
        assertThrows(ConflictException.class, () -> gateway.disable(GatewayFixtures.domainAdmin()));
        gateway.enable(GatewayFixtures.domainAdmin());
        assertTrue(gateway.accepts(presented));
    }

    @Test
    void aTokenOlderThanTheMaximumAgeIsRefusedUntilRotated() {
        GatewayCredential.Issued credential = GatewayCredential.issue();
        Gateway gateway = Gateway.register(DOMAIN, "edge-1", credential, GatewayFixtures.domainAdmin(), T0);
        var presented = GatewayCredential.parse(credential.token()).orElseThrow();
        Duration day = Duration.ofDays(1);
        assertTrue(gateway.accepts(presented, T0.plus(day).minusSeconds(1), day));
        assertFalse(gateway.accepts(presented, T0.plus(day), day), "expired");
        assertTrue(gateway.accepts(presented, T0.plus(Duration.ofDays(3650)), Duration.ZERO), "zero: no expiry");
        GatewayCredential.Issued fresh = GatewayCredential.issue();
        gateway.rotateCredential(fresh, GatewayFixtures.domainAdmin(), T0.plus(day));
        assertTrue(gateway.accepts(GatewayCredential.parse(fresh.token()).orElseThrow(), T0.plus(day), day));
    }

    @Test
    void aTokenWithAnotherGatewaysIdIsRefusedEvenWithTheRightSecret() {
        GatewayCredential.Issued credential = GatewayCredential.issue();
        Gateway gateway = Gateway.register(DOMAIN, "edge-1", credential, GatewayFixtures.domainAdmin(), T0);
        var presented = GatewayCredential.parse(credential.token()).orElseThrow();
        String otherId = GatewayCredential.issue().credentialId();
        assertFalse(gateway.accepts(new GatewayCredential.Presented(otherId, presented.secret())));
    }

    @Test
    void lastSeenIsWrittenAtMostOncePerResolution() {
        Gateway gateway = GatewayFixtures.gateway();
        assertTrue(gateway.seenLongerAgoThan(T0, Gateway.SEEN_RESOLUTION), "never seen");
        gateway.report(new StatusReport(1, ReportOutcome.APPLIED, null), T0);
        assertFalse(gateway.seenLongerAgoThan(T0.plusSeconds(30), Duration.ofSeconds(30)));
        assertTrue(gateway.seenLongerAgoThan(T0.plusSeconds(31), Duration.ofSeconds(30)));
    }

    @Test
    void appliedAndRejectedReportsAreKeptApart() {
        Gateway gateway = GatewayFixtures.gateway();
        assertTrue(gateway.report(new StatusReport(3, ReportOutcome.APPLIED, null), T0));
        assertTrue(gateway.report(new StatusReport(4, ReportOutcome.REJECTED, "signature did not verify"),
                T0.plusSeconds(5)));
        assertEquals(3L, gateway.appliedSerial());
        assertEquals(T0, gateway.appliedAt());
        assertEquals(4L, gateway.rejectedSerial());
        assertEquals("signature did not verify", gateway.rejectionReason());
        assertEquals(T0.plusSeconds(5), gateway.lastSeenAt());
        assertEquals(2, gateway.reportsRecorded());
        assertTrue(gateway.report(new StatusReport(5, ReportOutcome.APPLIED, null), T0.plusSeconds(9)));
        assertEquals(5L, gateway.appliedSerial());
        assertEquals(4L, gateway.rejectedSerial(), "the last rejection stays visible after a later success");
    }

    @Test
    void aReplayOfTheLatestReportIsNotCountedAgain() {
        Gateway gateway = GatewayFixtures.gateway();
        StatusReport rejected = new StatusReport(7, ReportOutcome.REJECTED, "unknown service FOO");
        assertTrue(gateway.report(rejected, T0));
        assertFalse(gateway.report(new StatusReport(7, ReportOutcome.REJECTED, "unknown service FOO"),
                T0.plusSeconds(1)));
        assertEquals(1, gateway.reportsRecorded());
        assertEquals(T0, gateway.rejectedAt(), "a replay does not move the rejection time");
        assertEquals(T0.plusSeconds(1), gateway.lastSeenAt(), "but the gateway was seen");
        assertTrue(gateway.report(new StatusReport(7, ReportOutcome.REJECTED, "another reason"), T0.plusSeconds(2)),
                "a different reason is a new report");
        assertEquals(2, gateway.reportsRecorded());
    }

    @Test
    void anAppliedSerialNeverGoesBackwards() {
        Gateway gateway = GatewayFixtures.gateway();
        gateway.report(new StatusReport(9, ReportOutcome.APPLIED, null), T0);
        assertThrows(ConflictException.class,
                () -> gateway.report(new StatusReport(8, ReportOutcome.APPLIED, null), T0.plusSeconds(1)));
        assertEquals(9L, gateway.appliedSerial());
        assertEquals(1, gateway.reportsRecorded());
        assertTrue(gateway.report(new StatusReport(8, ReportOutcome.REJECTED, "late"), T0.plusSeconds(2)),
                "a rejection of an older serial is still worth knowing");
        assertNull(new StatusReport(1, ReportOutcome.APPLIED, "ignored").reason());
    }
}
