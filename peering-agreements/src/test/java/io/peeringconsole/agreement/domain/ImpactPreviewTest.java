package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.ImpactPreview.ServiceStop;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactPreviewTest {

    @Test
    void suspendingAnActiveAgreementStopsEveryGrantedServiceForEveryPeerDomain() {
        AgreementBuilder builder = anAgreement().outbound(ServiceGrant.of(Service.PRESENCE));
        PeeringAgreement agreement = builder.inStatus(AgreementStatus.ACTIVE);
        ImpactPreview preview = ImpactPreview.of(agreement, AgreementAction.SUSPEND, builder.peer(),
                List.of("gw-1.example.com"));
        assertEquals(List.of(
                new ServiceStop("example.net", Direction.INBOUND, Set.of(Service.PRESENCE, Service.PAGER_IM)),
                new ServiceStop("example.net", Direction.OUTBOUND, Set.of(Service.PRESENCE)),
                new ServiceStop("im.example.net", Direction.INBOUND, Set.of(Service.PRESENCE, Service.PAGER_IM)),
                new ServiceStop("im.example.net", Direction.OUTBOUND, Set.of(Service.PRESENCE))), preview.stops());
        assertEquals(AgreementStatus.SUSPENDED, preview.to());
        assertEquals(List.of("gw-1.example.com"), preview.gateways());
    }

    @Test
    void terminatingASuspendedAgreementStopsNothingThatStillRuns() {
        AgreementBuilder builder = anAgreement();
        ImpactPreview preview = ImpactPreview.of(builder.inStatus(AgreementStatus.SUSPENDED),
                AgreementAction.TERMINATE, builder.peer(), List.of());
        assertFalse(preview.stopsServices());
        assertEquals(AgreementStatus.TERMINATED, preview.to());
    }

    @Test
    void aPreviewOfWhatTheStatusDoesNotAllowIsRefusedLikeTheVerb() {
        AgreementBuilder builder = anAgreement();
        assertThrows(ConflictException.class, () -> ImpactPreview.of(builder.inStatus(AgreementStatus.DRAFT),
                AgreementAction.SUSPEND, builder.peer(), List.of()));
        assertTrue(assertThrows(RuleViolationException.class, () -> ImpactPreview.of(
                builder.inStatus(AgreementStatus.ACTIVE), AgreementAction.APPROVE, builder.peer(), List.of()))
                .getMessage().contains("SUSPEND and TERMINATE only"));
    }
}
