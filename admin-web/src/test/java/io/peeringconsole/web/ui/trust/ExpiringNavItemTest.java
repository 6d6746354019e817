package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiringNavItemTest {

    @Test
    void theEntryCountsWhatExpiresAndSaysNothingWhenNothingDoes() {
        assertEquals("Expiring (3)", ExpiringNavItem.label(3));
        assertEquals("Expiring", ExpiringNavItem.label(0));
    }
}
