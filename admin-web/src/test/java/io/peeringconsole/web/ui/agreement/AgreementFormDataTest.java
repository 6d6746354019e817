package io.peeringconsole.web.ui.agreement;

import static io.peeringconsole.web.ui.agreement.AgreementViews.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.peeringconsole.agreement.application.AgreementCommand;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.MessageRate;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.SessionLimit;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.agreement.domain.Validity;
import io.peeringconsole.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form's data and the domain's terms, both ways. */
class AgreementFormDataTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    @Test
    void aBlankDraftIsValidForAYearFromTodayOverTls13() {
        AgreementFormData data = AgreementFormData.blank("example.com", TODAY);
        data.setPeer(new PeerOption(7, "Example Peer"));
        data.getInbound().setServices(Set.of(Service.PRESENCE));
        AgreementCommand command = data.toCommand();
        assertEquals("example.com", command.localDomain());
        assertEquals(7, command.peerNetworkId());
        assertNull(command.clearingHouseId());
        assertEquals(TlsVersion.TLS_1_3, command.terms().tlsVersion());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), command.terms().validity().from());
        assertEquals(Instant.parse("2027-06-01T00:00:00Z"), command.terms().validity().until());
        assertEquals(ServiceGrant.of(Service.PRESENCE), command.terms().inbound());
        assertEquals(ServiceGrant.none(), command.terms().outbound());
    }

    @Test
    void everyLimitSurvivesTheRoundTrip() {
        ServiceGrant grant = new ServiceGrant(EnumSet.of(Service.PRESENCE, Service.PRESENCE_LIST, Service.SESSION_IM,
                Service.FILE_TRANSFER, Service.DOCUMENT_SHARING),
                new PresenceListLimits(EnumSet.of(ListKind.PUBLIC, ListKind.AD_HOC), 250), new SessionLimit(40),
                new FileTransferLimit(1_572_864), new MessageRate(75));
        Instant from = Instant.parse("2026-05-03T08:15:30.123456Z");
        AgreementTerms terms = new AgreementTerms(grant, ServiceGrant.of(Service.PAGER_IM), TlsVersion.TLS_1_2,
                Validity.between(from, Instant.parse("2027-01-01T00:00:00Z")));
        AgreementFormData data = AgreementFormData.of(anAgreement().terms(terms).via(3).view(),
                new PeerOption(3, "Hub"));
        assertEquals(new BigDecimal("1.5"), data.getInbound().getMaxFileSizeMib());
        assertEquals(terms, data.toTerms(), "unchanged dates keep their exact instants");
        assertEquals(3L, data.clearingHouseId());
    }

    @Test
    void aChangedDateMeansMidnightUtcOfThatDay() {
        AgreementFormData data = AgreementFormData.of(anAgreement().view(), null);
        data.setValidUntil(LocalDate.parse("2026-12-24"));
        assertEquals(Instant.parse("2026-12-24T00:00:00Z"), data.toTerms().validity().until());
    }

    @Test
    void limitsOfServicesNotTickedAreDropped() {
        GrantFormData grant = new GrantFormData();
        grant.setServices(Set.of(Service.PRESENCE));
        grant.setMaxConcurrentSessions(10);
        grant.setMaxFileSizeMib(BigDecimal.TEN);
        grant.setListKinds(Set.of(ListKind.PERSONAL));
        grant.setMaxListSize(10);
        assertEquals(ServiceGrant.of(Service.PRESENCE), grant.toGrant(Direction.OUTBOUND));
    }

    @Test
    void aRefusedLimitIsReportedAtItsDirectionsField() {
        GrantFormData grant = new GrantFormData();
        grant.setServices(Set.of(Service.PRESENCE, Service.PRESENCE_LIST));
        grant.setListKinds(Set.of(ListKind.PERSONAL));
        grant.setMaxListSize(PresenceListLimits.MAX_LIST_SIZE + 1);
        RuleViolationException tooBig = assertThrows(RuleViolationException.class,
                () -> grant.toGrant(Direction.INBOUND));
        assertEquals("inbound.maxListSize", tooBig.field());

        grant.setMaxListSize(null);
        assertEquals("outbound.maxListSize", assertThrows(RuleViolationException.class,
                () -> grant.toGrant(Direction.OUTBOUND)).field());

        GrantFormData files = new GrantFormData();
        files.setServices(Set.of(Service.FILE_TRANSFER));
        files.setMaxFileSizeMib(new BigDecimal("10241"));
        assertEquals("inbound.maxFileSizeBytes", assertThrows(RuleViolationException.class,
                () -> files.toGrant(Direction.INBOUND)).field());
    }

    @Test
    void viaAClearingHouseWithoutChoosingOneIsRefusedAtThatField() {
        AgreementFormData data = AgreementFormData.blank("example.com", TODAY);
        data.setPeer(new PeerOption(7, "Example Peer"));
        data.setViaClearingHouse(true);
        assertEquals("clearingHouseId", assertThrows(RuleViolationException.class, data::toCommand).field());
        data.setPeer(null);
        assertEquals("peerNetworkId", assertThrows(RuleViolationException.class, data::toCommand).field());
    }

    @Test
    void anEndBeforeTheStartIsTheDomainsRefusalAtValidUntil() {
        AgreementFormData data = AgreementFormData.blank("example.com", TODAY);
        data.setValidUntil(TODAY.minusDays(1));
        assertEquals("validUntil", assertThrows(RuleViolationException.class, data::toTerms).field());
    }
}
