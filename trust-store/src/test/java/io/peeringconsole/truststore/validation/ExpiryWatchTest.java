package io.peeringconsole.truststore.validation;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiryWatchTest {

    private final ExpiryWatch watch = new ExpiryWatch();

    @Test
    void listsExpiringAndExpiredSoonestFirst() {
        TestCertificate fine = TestCertificates.leaf("fine").validUntil(NOW.plus(Duration.ofDays(90))).build();
        TestCertificate month = TestCertificates.leaf("month").validUntil(NOW.plus(Duration.ofDays(30))).build();
        TestCertificate week = TestCertificates.leaf("week").validUntil(NOW.plus(Duration.ofDays(6))).build();
        TestCertificate anchor = TestCertificates.anchor("CN=Anchor").validUntil(NOW.plus(Duration.ofDays(12))).build();
        TestCertificate gone = TestCertificates.leaf("gone").validUntil(NOW.minus(Duration.ofDays(1))).build();

        List<ExpiryNotice> notices = watch.expiring(List.of(fine.facts(), month.facts(), week.facts(), anchor.facts(), gone.facts()), NOW);

        assertEquals(List.of(gone.facts(), week.facts(), anchor.facts(), month.facts()),
                notices.stream().map(ExpiryNotice::certificate).toList());
        assertEquals(List.of(ExpiryLevel.EXPIRED, ExpiryLevel.WITHIN_7_DAYS, ExpiryLevel.WITHIN_30_DAYS, ExpiryLevel.WITHIN_30_DAYS),
                notices.stream().map(ExpiryNotice::level).toList());
        assertEquals(Map.of(ExpiryLevel.EXPIRED, 1, ExpiryLevel.WITHIN_7_DAYS, 1, ExpiryLevel.WITHIN_30_DAYS, 2),
                watch.countByLevel(List.of(fine.facts(), month.facts(), week.facts(), anchor.facts(), gone.facts()), NOW));
    }
}
