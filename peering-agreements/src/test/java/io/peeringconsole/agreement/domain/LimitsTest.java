package io.peeringconsole.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void listSizesOutsideOneToTenThousandAreRefused(int size) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new PresenceListLimits(Set.of(ListKind.PUBLIC), size));
        assertEquals("maxListSize", refused.field());
        assertTrue(refused.getMessage().contains(String.valueOf(size)), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void listSizesAtTheBoundsAreAccepted(int size) {
        assertEquals(size, new PresenceListLimits(Set.of(ListKind.AD_HOC), size).maxListSize());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aPresenceListNeedsAtLeastOneListKind(Set<ListKind> kinds) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new PresenceListLimits(kinds, 10));
        assertEquals("allowedListKinds", refused.field());
    }

    @Test
    void aMissingListKindIsRefusedAndTheKindsCannotBeChangedAfterwards() {
        Set<ListKind> withNull = new HashSet<>();
        withNull.add(null);
        assertThrows(RuleViolationException.class, () -> new PresenceListLimits(withNull, 10));
        PresenceListLimits limits = new PresenceListLimits(EnumSet.of(ListKind.PERSONAL), 10);
        assertThrows(UnsupportedOperationException.class, () -> limits.allowedKinds().add(ListKind.PUBLIC));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 1_000_001, Integer.MAX_VALUE})
    void absurdSessionLimitsAreRefused(int sessions) {
        assertEquals("maxConcurrentSessions", assertThrows(RuleViolationException.class,
                () -> new SessionLimit(sessions)).field());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 10L * 1024 * 1024 * 1024 + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void fileSizesOutsideOneByteToTenGibibytesAreRefused(long bytes) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new FileTransferLimit(bytes));
        assertEquals("maxFileSizeBytes", refused.field());
        assertTrue(refused.getMessage().contains("10 GiB"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 10L * 1024 * 1024 * 1024})
    void fileSizesAtTheBoundsAreAccepted(long bytes) {
        assertEquals(bytes, new FileTransferLimit(bytes).maxSizeBytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001, Integer.MAX_VALUE})
    void absurdMessageRatesAreRefused(int rate) {
        assertEquals("messagesPerSecond", assertThrows(RuleViolationException.class,
                () -> new MessageRate(rate)).field());
    }

    @Test
    void aGrantCannotContainAMissingService() {
        Set<Service> withNull = new HashSet<>();
        withNull.add(Service.PRESENCE);
        withNull.add(null);
        assertThrows(RuleViolationException.class, () -> new ServiceGrant(withNull, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"presence", " PAGER_IM ", "Document_Sharing"})
    void knownServiceNamesParseInAnyCase(String name) {
        assertTrue(Set.of(Service.values()).contains(Service.parse(name, "services")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIDEO", "", "PRESENCE; DROP TABLE peering_agreement", "PRESENCE\u0000", "PRÉSENCE"})
    void unknownServicesAreRefusedListingTheKnownOnes(String name) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> Service.parse(name, "services"));
        assertEquals("services", refused.field());
        assertTrue(refused.getMessage().contains("PRESENCE, PRESENCE_LIST, PAGER_IM"), refused.getMessage());
        assertTrue(refused.getMessage().chars().noneMatch(Character::isISOControl), refused.getMessage());
    }

    @Test
    void onlyDocumentSharingIsNonStandard() {
        for (Service service : Service.values()) {
            assertEquals(service != Service.DOCUMENT_SHARING, service.isStandard(), service.name());
        }
    }
}
