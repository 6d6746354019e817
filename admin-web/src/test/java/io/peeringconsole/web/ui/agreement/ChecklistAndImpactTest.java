package io.peeringconsole.web.ui.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.GateReason;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.ImpactPreview;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.agreement.domain.TrustVerdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checklist and the impact preview as people read them. */
class ChecklistAndImpactTest {

    private static final TrustSubject PEER = new TrustSubject(7, "Example Peer", "example.net", false, null);
    private static final TrustSubject HUB = new TrustSubject(3, "Hub", "hub.example", true, null);

    @Test
    void aPassedGateTicksEveryLineAndNamesEachTrustedIdentity() {
        GateResult passed = new GateResult(List.of(), List.of(TrustVerdict.trusted(PEER, "certificate valid")));
        List<ChecklistItems.Item> items = ChecklistItems.of(passed);
        assertTrue(items.stream().allMatch(ChecklistItems.Item::ok), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.title().equals("Trusted: example.net (peer Example Peer)")
                && i.details().equals(List.of("certificate valid"))), items::toString);
        assertTrue(ChecklistItems.summary(passed).startsWith("Ready"));
    }

    @Test
    void everyReasonIsAFailingLineWithTheGatesOwnWords() {
        GateResult refused = new GateResult(List.of(
                new GateReason(GateReason.PRESENCE_LIST_WITHOUT_PRESENCE, "Grant PRESENCE too."),
                new GateReason(GateReason.VALIDITY_ENDED, "The validity ended."),
                new GateReason(GateReason.CLEARING_HOUSE_UNTRUSTED, "hub.example has no valid certificate.")),
                List.of(TrustVerdict.trusted(PEER, "pinned"), TrustVerdict.untrusted(HUB, "no certificate")));
        List<ChecklistItems.Item> items = ChecklistItems.of(refused);
        assertEquals(List.of(false, false, true, false), items.stream().map(ChecklistItems.Item::ok).toList());
        assertEquals("List-based presence needs presence (PRESENCE_LIST_WITHOUT_PRESENCE)", items.get(0).title());
        assertEquals(List.of("Grant PRESENCE too."), items.get(0).details());
        assertEquals("Not trusted: hub.example (clearing house Hub)", items.get(3).title());
        assertEquals("Not ready: 3 reasons stop activation. Approving is refused until every line is ticked.",
                ChecklistItems.summary(refused));
    }

    @Test
    void trustReasonsAreShownWhenTheTrustStoreGaveNoVerdicts() {
        GateResult refused = GateResult.refused(new GateReason(GateReason.PEER_DOMAIN_UNTRUSTED, "No evidence."));
        List<ChecklistItems.Item> items = ChecklistItems.of(refused);
        assertTrue(items.stream().anyMatch(i -> !i.ok()
                && i.title().equals("A peer domain is not trusted (PEER_DOMAIN_UNTRUSTED)")), items::toString);
    }

    @Test
    void theImpactNamesTheServicesPerPeerDomainAndTheGateways() {
        ImpactPreview preview = new ImpactPreview(11, "example.com", AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED,
                List.of(new ImpactPreview.ServiceStop("example.net", Direction.INBOUND,
                        Set.of(Service.PAGER_IM, Service.PRESENCE))), List.of("gw-1", "gw-2"));
        assertEquals(List.of("Inbound (the peer's users towards ours) for example.net: Presence subscription,"
                        + " Page-mode instant messaging stop.", "Gateways that receive the change: gw-1, gw-2."),
                ImpactText.lines(preview));
    }

    @Test
    void anImpactWithNothingRunningSaysSo() {
        ImpactPreview preview = new ImpactPreview(11, "example.com", AgreementStatus.DRAFT,
                AgreementStatus.TERMINATED, List.of(), List.of());
        List<String> lines = ImpactText.lines(preview);
        assertTrue(lines.getFirst().contains("nothing stops now"), lines::toString);
        assertTrue(lines.getLast().contains("No gateway of example.com"), lines::toString);
        assertFalse(preview.stopsServices());
    }

    @Test
    void aListShowsValidityAsDaysInUtc() {
        assertEquals("from 2026-06-01", StatusBadge.days(AgreementViews.anAgreement().view()));
    }

    @Test
    void theInboxBadgeCountsOnlyWhenSomethingWaits() {
        assertEquals("Approvals", InboxNavItem.label(0));
        assertEquals("Approvals (2)", InboxNavItem.label(2));
    }
}
