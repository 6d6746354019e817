package io.peeringconsole.agreement.application;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.audit.domain.AuditEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementJsonTest {

    private static PeeringAgreement saved(PeeringAgreement agreement) {
        return Saved.withId(agreement, 42);
    }

    private static JsonObject json(PeeringAgreement agreement) {
        return Json.createReader(new StringReader(AgreementJson.of(agreement))).readObject();
    }

    @Test
    void theStateNamesTheTermsPerDirectionAndTheApprovals() {
        PeeringAgreement agreement = saved(anAgreement().needingSecurityApproval()
                .inbound(ServiceGrant.of(Service.PRESENCE, Service.PRESENCE_LIST)
                        .withPresenceList(new PresenceListLimits(Set.of(ListKind.PUBLIC, ListKind.AD_HOC), 200)))
                .outbound(ServiceGrant.of(Service.FILE_TRANSFER).withFileTransfer(new FileTransferLimit(1024)))
                .viaClearingHouse().inStatus(AgreementStatus.ACTIVE));
        JsonObject state = json(agreement);
        assertEquals(42, state.getInt("id"));
        assertEquals("ACTIVE", state.getString("status"));
        assertEquals("VIA_CLEARING_HOUSE", state.getString("route"));
        assertEquals(3, state.getInt("clearingHouseId"));
        assertEquals(List.of("PRESENCE", "PRESENCE_LIST"), state.getJsonObject("inbound").getJsonArray("services")
                .getValuesAs(JsonString::getString));
        assertEquals(List.of("AD_HOC", "PUBLIC"), state.getJsonObject("inbound").getJsonArray("listKinds")
                .getValuesAs(JsonString::getString));
        assertEquals(1024, state.getJsonObject("outbound").getInt("maxFileSizeBytes"));
        assertEquals("paula", state.getString("proposedBy"));
        assertEquals(2, state.getJsonArray("approvals").size());
        assertEquals("SECURITY", state.getJsonArray("approvals").getJsonObject(1).getString("capacity"));
    }

    @Test
    void theStateIsAcceptedByTheAuditTrail() {
        PeeringAgreement agreement = saved(anAgreement().inStatus(AgreementStatus.SUSPENDED));
        String state = AgreementJson.of(agreement);
        AuditEvent event = AuditEvent.of("AGREEMENT_SUSPENDED", AgreementService.TARGET_TYPE, "42").after(state);
        assertEquals(state, event.after());
        assertEquals("maintenance", json(agreement).getString("statusReason"));
        assertFalse(json(agreement).isNull("validUntil"));
        assertEquals(NOW.minusSeconds(86_400).toString(), json(agreement).getString("validFrom"));
    }
}
