package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustBadgesTest {

    @Test
    void aVerdictIsTrustedInGreenOrNotTrustedInRed() {
        assertEquals("Trusted", TrustBadges.verdictLabel(true));
        assertEquals(Tone.SUCCESS, TrustBadges.verdictTone(true));
        assertEquals("Not trusted", TrustBadges.verdictLabel(false));
        assertEquals(Tone.ERROR, TrustBadges.verdictTone(false));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "ERROR, ERROR, Error",
        "FAILURE, ERROR, Error",
        "warning, WARNING, Warning",
        "INFO, NEUTRAL, Info",
        "SOMETHING_NEW, NEUTRAL, SOMETHING_NEW",
        "null, NEUTRAL, ''"})
    void eachSeverityHasItsToneAndAnUnknownOneStaysNeutral(String severity, Tone tone, String label) {
        assertEquals(tone, TrustBadges.severityTone(severity));
        assertEquals(label, TrustBadges.severityLabel(severity));
    }

    @ParameterizedTest
    @CsvSource({
        "WITHIN_30_DAYS, 20, WARNING, 20 days left",
        "WITHIN_7_DAYS, 1, ERROR, 1 day left",
        "WITHIN_7_DAYS, 0, ERROR, Expires today",
        "EXPIRED, -1, ERROR, Expired 1 day ago",
        "EXPIRED, -12, ERROR, Expired 12 days ago",
        "EXPIRED, 0, ERROR, Expired"})
    void anExpirySaysHowLongIsLeft(String level, long daysLeft, Tone tone, String label) {
        assertEquals(tone, TrustBadges.expiryTone(level));
        assertEquals(label, TrustBadges.expiryLabel(level, daysLeft));
    }

    @Test
    void aStaleCrlIsFlagged() {
        assertEquals("Stale", TrustBadges.crlLabel(true));
        assertEquals(Tone.ERROR, TrustBadges.crlTone(true));
        assertEquals("Current", TrustBadges.crlLabel(false));
        assertEquals(Tone.SUCCESS, TrustBadges.crlTone(false));
    }
}
