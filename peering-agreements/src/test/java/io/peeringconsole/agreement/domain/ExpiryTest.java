package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    private static final Instant END = NOW.plus(Duration.ofDays(30));

    private static AgreementBuilder endingAt(Instant end) {
        return anAgreement().validity(Validity.between(NOW.minus(Duration.ofDays(1)), end));
    }

    @ParameterizedTest(name = "{0} at end {1}s: expires={2}")
    @CsvSource({
        "ACTIVE,    -1, false",
        "ACTIVE,     0, true",
        "ACTIVE,     1, true",
        "SUSPENDED, -1, false",
        "SUSPENDED,  0, true",
        "SUSPENDED,  1, true"
    })
    void activeAndSuspendedAgreementsExpireOnceTheirEndIsReached(AgreementStatus status, long secondsAfterEnd,
            boolean expires) {
        PeeringAgreement agreement = endingAt(END).inStatus(status);
        Instant at = END.plusSeconds(secondsAfterEnd);
        assertEquals(expires, agreement.expireIfDue(at));
        assertEquals(expires ? AgreementStatus.EXPIRED : status, agreement.status());
        if (expires) {
            assertEquals("system", agreement.lastChange().changedBy());
            assertEquals(at, agreement.lastChange().changedAt());
            assertTrue(agreement.lastChange().reason().contains(END.toString()), agreement.lastChange().reason());
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "PENDING_APPROVAL", "TERMINATED"})
    void noOtherStatusExpiresEvenLongAfterTheEnd(AgreementStatus status) {
        PeeringAgreement agreement = endingAt(END).inStatus(status);
        assertFalse(agreement.expireIfDue(END.plus(Duration.ofDays(1000))));
        assertEquals(status, agreement.status());
    }

    @Test
    void anOpenEndedAgreementNeverExpires() {
        PeeringAgreement agreement = anAgreement().validity(Validity.startingAt(NOW)).inStatus(AgreementStatus.ACTIVE);
        assertFalse(agreement.expireIfDue(Instant.parse("9999-12-30T00:00:00Z")));
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }

    @Test
    void anExpiredAgreementDoesNotExpireTwice() {
        PeeringAgreement agreement = endingAt(END).inStatus(AgreementStatus.ACTIVE);
        assertTrue(agreement.expireIfDue(END));
        Instant firstExpiry = agreement.lastChange().changedAt();
        assertFalse(agreement.expireIfDue(END.plusSeconds(10)));
        assertEquals(firstExpiry, agreement.lastChange().changedAt());
    }
}
