package io.peeringconsole.registry.domain;

import static io.peeringconsole.registry.domain.PeerNetworkTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void trimsAndTreatsBlankAsAbsent() {
        Contact contact = new Contact("  Peering Desk ", " ", " +49 30 1234 ", "");
        assertEquals("Peering Desk", contact.name());
        assertNull(contact.email());
        assertEquals("+49 30 1234", contact.phone());
        assertNull(contact.role());
    }

    @Test
    void needsAName() {
        assertRefused("contacts", "Enter the contact's name", () -> new Contact(" ", "noc@example.net", null, null));
        assertRefused("contacts", "at most 200", () -> new Contact("n".repeat(201), null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"noc", "noc@", "@example.net", "noc@example", "noc @example.net", "a@b@example.net",
        "noc@example..net"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertRefused("contacts", "is not an email address", () -> new Contact("NOC", email, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"noc@example.net", "peering+im@sub.example.co.uk", "x@xn--bcher-kva.example"})
    void acceptsEmailAddresses(String email) {
        assertEquals(email, new Contact("NOC", email, null, null).email());
    }

    @Test
    void equalContactsAreEqual() {
        assertEquals(new Contact("NOC", "noc@example.net", null, "NOC"),
                new Contact(" NOC", "noc@example.net ", "", "NOC"));
    }
}
