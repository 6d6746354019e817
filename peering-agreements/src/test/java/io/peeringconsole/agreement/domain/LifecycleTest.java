package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every verb from every status: the expected table is written out here, not derived from {@link Lifecycle}. */
class LifecycleTest {

    private static final Instant AFTER_END = NOW.plus(Duration.ofDays(400));

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "DRAFT,            REVISE,    DRAFT",
        "DRAFT,            SUBMIT,    PENDING_APPROVAL",
        "DRAFT,            APPROVE,   refused",
        "DRAFT,            REJECT,    refused",
        "DRAFT,            SUSPEND,   refused",
        "DRAFT,            RESUME,    refused",
        "DRAFT,            TERMINATE, TERMINATED",
        "DRAFT,            EXPIRE,    DRAFT",
        "PENDING_APPROVAL, REVISE,    refused",
        "PENDING_APPROVAL, SUBMIT,    refused",
        "PENDING_APPROVAL, APPROVE,   ACTIVE",
        "PENDING_APPROVAL, REJECT,    DRAFT",
        "PENDING_APPROVAL, SUSPEND,   refused",
        "PENDING_APPROVAL, RESUME,    refused",
        "PENDING_APPROVAL, TERMINATE, TERMINATED",
        "PENDING_APPROVAL, EXPIRE,    PENDING_APPROVAL",
        "ACTIVE,           REVISE,    refused",
        "ACTIVE,           SUBMIT,    refused",
        "ACTIVE,           APPROVE,   refused",
        "ACTIVE,           REJECT,    refused",
        "ACTIVE,           SUSPEND,   SUSPENDED",
        "ACTIVE,           RESUME,    refused",
        "ACTIVE,           TERMINATE, TERMINATED",
        "ACTIVE,           EXPIRE,    EXPIRED",
        "SUSPENDED,        REVISE,    refused",
        "SUSPENDED,        SUBMIT,    refused",
        "SUSPENDED,        APPROVE,   refused",
        "SUSPENDED,        REJECT,    refused",
        "SUSPENDED,        SUSPEND,   refused",
        "SUSPENDED,        RESUME,    ACTIVE",
        "SUSPENDED,        TERMINATE, TERMINATED",
        "SUSPENDED,        EXPIRE,    EXPIRED",
        "TERMINATED,       REVISE,    refused",
        "TERMINATED,       SUBMIT,    refused",
        "TERMINATED,       APPROVE,   refused",
        "TERMINATED,       REJECT,    refused",
        "TERMINATED,       SUSPEND,   refused",
        "TERMINATED,       RESUME,    refused",
        "TERMINATED,       TERMINATE, refused",
        "TERMINATED,       EXPIRE,    TERMINATED",
        "EXPIRED,          REVISE,    refused",
        "EXPIRED,          SUBMIT,    refused",
        "EXPIRED,          APPROVE,   refused",
        "EXPIRED,          REJECT,    refused",
        "EXPIRED,          SUSPEND,   refused",
        "EXPIRED,          RESUME,    refused",
        "EXPIRED,          TERMINATE, refused",
        "EXPIRED,          EXPIRE,    EXPIRED"
    })
    void transition(AgreementStatus from, AgreementAction action, String expected) {
        AgreementBuilder builder = anAgreement();
        PeeringAgreement agreement = builder.inStatus(from);
        if (expected.equals("refused")) {
            ConflictException refused = assertThrows(ConflictException.class, () -> perform(builder, agreement,
                    action));
            assertTrue(refused.getMessage().startsWith("This agreement is " + from + ", so it cannot be"),
                    refused.getMessage());
            assertEquals(from, agreement.status(), "a refused verb changes nothing");
        } else {
            perform(builder, agreement, action);
            assertEquals(AgreementStatus.valueOf(expected), agreement.status());
        }
    }

    private static void perform(AgreementBuilder builder, PeeringAgreement agreement, AgreementAction action) {
        switch (action) {
            case REVISE -> agreement.revise(builder.parties(), builder.terms(), Operators.paula(), NOW);
            case SUBMIT -> agreement.submit(Operators.paula(), false, NOW);
            case APPROVE -> agreement.approve(Operators.arthur(), GateResult.passed(), NOW);
            case REJECT -> agreement.reject(Operators.arthur(), "not yet", NOW);
            case SUSPEND -> agreement.suspend(Operators.arthur(), "incident", NOW);
            case RESUME -> agreement.resume(Operators.arthur(), GateResult.passed(), NOW);
            case TERMINATE -> agreement.terminate(Operators.arthur(), "contract ended", NOW);
            case EXPIRE -> agreement.expireIfDue(AFTER_END);
        }
    }

    @Test
    void refusalSaysWhatIsAllowedFromTheCurrentStatus() {
        PeeringAgreement active = anAgreement().inStatus(AgreementStatus.ACTIVE);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> active.submit(Operators.paula(), false, NOW));
        assertEquals("This agreement is ACTIVE, so it cannot be submitted for approval. From ACTIVE you can: suspend,"
                + " terminate (and it expires at the end of its validity).", refused.getMessage());
    }

    @Test
    void refusalFromAFinalStatusSaysNothingMoreCanHappen() {
        PeeringAgreement terminated = anAgreement().inStatus(AgreementStatus.TERMINATED);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> terminated.resume(Operators.arthur(), GateResult.passed(), NOW));
        assertTrue(refused.getMessage().contains("TERMINATED is final"), refused.getMessage());
        assertTrue(refused.getMessage().contains("draft a new one"), refused.getMessage());
    }

    @Test
    void eachStatusChangeRecordsWhoWhenAndWhy() {
        PeeringAgreement agreement = anAgreement().inStatus(AgreementStatus.ACTIVE);
        Instant later = NOW.plusSeconds(60);
        agreement.suspend(Operators.arthur(), "  peer reported a breach  ", later);
        assertEquals("peer reported a breach", agreement.lastChange().reason());
        assertEquals("arthur", agreement.lastChange().changedBy());
        assertEquals(later, agreement.lastChange().changedAt());
        agreement.resume(Operators.alice(), GateResult.passed(), later.plusSeconds(1));
        assertNull(agreement.lastChange().reason(), "resuming clears the suspension's reason");
        assertEquals("alice", agreement.lastChange().changedBy());
    }

    @Test
    void suspendAndTerminateNeedAReason() {
        PeeringAgreement agreement = anAgreement().inStatus(AgreementStatus.ACTIVE);
        assertThrows(RuleViolationException.class,
                () -> agreement.suspend(Operators.arthur(), "   ", NOW));
        assertThrows(RuleViolationException.class,
                () -> agreement.terminate(Operators.arthur(), null, NOW));
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }

    @Test
    void resumeIsRefusedWhenTheGateRefusesAndTheAgreementStaysSuspended() {
        PeeringAgreement agreement = anAgreement().inStatus(AgreementStatus.SUSPENDED);
        GateRefusedException refused = assertThrows(GateRefusedException.class, () -> agreement.resume(
                Operators.arthur(), GateResult.refused(new GateReason(GateReason.PEER_DOMAIN_UNTRUSTED, "no pin")),
                NOW));
        assertEquals(GateReason.PEER_DOMAIN_UNTRUSTED, refused.reasons().getFirst().code());
        assertEquals(AgreementStatus.SUSPENDED, agreement.status());
    }

    @Test
    void allowedActionsOfTheOpenStatusesAreWhatTheUiOffers() {
        assertEquals(Set.of(AgreementAction.REVISE, AgreementAction.SUBMIT, AgreementAction.TERMINATE),
                Lifecycle.allowedFrom(AgreementStatus.DRAFT));
        assertFalse(Lifecycle.allows(AgreementStatus.EXPIRED, AgreementAction.RESUME));
    }
}
