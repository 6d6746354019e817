package io.peeringconsole.audit.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.audit.forwarding.ForwardingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final AlertSettings SETTINGS = new AlertSettings(5, Duration.ofMinutes(15), 100);

    @Test
    void failedLoginsAlertAtTheThresholdPerUserAndPerSourceAndSayWhatToDo() {
        List<Alert> alerts = AlertRules.failedLogins(List.of(new FailedLogins("user", "alice", 5),
                new FailedLogins("source", "192.0.2.9", 7), new FailedLogins("user", "bob", 4)), SETTINGS, NOW);

        assertEquals(2, alerts.size());
        assertEquals("5 failed logins for alice", alerts.get(0).title());
        assertTrue(alerts.get(0).detail().contains("in the last 15 minutes"), alerts.get(0).detail());
        assertTrue(alerts.get(0).advice().contains("have the password changed"));
        assertEquals("7 failed logins from 192.0.2.9", alerts.get(1).title());
        assertTrue(alerts.get(1).advice().contains("block it"));
        assertEquals(java.util.Map.of("action", "LOGIN_FAILED", "actor", "alice", "from", "2026-11-25T11:45:00Z"),
                alerts.get(0).auditQuery(), "the entries behind the alert, as audit filter parameters");
        assertEquals(java.util.Map.of("action", "LOGIN_FAILED", "from", "2026-11-25T11:45:00Z"),
                alerts.get(1).auditQuery());
    }

    @Test
    void failedLoginsWithNamesThatAreNoAccountSaySoAndPointToMatchingAValue() {
        List<Alert> alerts = AlertRules.failedLogins(List.of(new FailedLogins("user", "(unknown user)", 6)), SETTINGS,
                NOW);
        assertEquals("6 failed logins for user names that are no account", alerts.getFirst().title());
        assertTrue(alerts.getFirst().advice().contains("Match a value"), alerts.getFirst().advice());
        assertEquals("(unknown user)", alerts.getFirst().auditQuery().get("actor"));
    }

    @Test
    void aBrokenChainIsCriticalAndNamesTheEntryAnIntactOneIsNoAlert() {
        assertEquals(List.of(), AlertRules.verification(null, null));
        assertEquals(List.of(), AlertRules.verification(new ChainVerification(true, 10, null, "ok"), NOW));
        List<Alert> broken = AlertRules.verification(
                new ChainVerification(false, 41, 42L, "entry #42 was altered"), NOW);
        assertEquals(Alert.Severity.CRITICAL, broken.getFirst().severity());
        assertTrue(broken.getFirst().title().contains("#42"));
        assertTrue(broken.getFirst().detail().contains("entry #42 was altered"));
        assertTrue(broken.getFirst().advice().contains("security incident"));
    }

    @Test
    void forwardingAlertsWhenTheReceiverIsDownAndWhenTheBacklogGrowsNotWhenOff() {
        ForwardingStatus off = new ForwardingStatus("off", 0, 5000, null, null, null, 0);
        assertEquals(List.of(), AlertRules.forwarding(off, SETTINGS, NOW));

        ForwardingStatus healthy = new ForwardingStatus("tcp://siem:514", 4950, 5000, NOW, null, null, 0);
        assertEquals(List.of(), AlertRules.forwarding(healthy, SETTINGS, NOW));

        ForwardingStatus down = new ForwardingStatus("tcp://siem:514", 4000, 5000, NOW.minusSeconds(600),
                NOW.minusSeconds(5), "tcp://siem:514: Connection refused", 3);
        List<Alert> alerts = AlertRules.forwarding(down, SETTINGS, NOW);
        assertEquals(List.of("FORWARDING_DOWN", "FORWARDING_BACKLOG"), alerts.stream().map(Alert::kind).toList());
        assertTrue(alerts.get(0).detail().contains("Connection refused") && alerts.get(0).detail().contains("1000"),
                alerts.get(0).detail());
        assertTrue(alerts.get(1).detail().contains("#4000 of #5000") && alerts.get(1).detail().contains("10 min ago"),
                alerts.get(1).detail());
    }
}
