package io.peeringconsole.web.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import io.peeringconsole.registry.domain.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactLinesTest {

    private final ContactLines lines = new ContactLines();

    private List<Contact> parsed(String text) {
        Result<List<Contact>> result = lines.convertToModel(text, new ValueContext());
        assertTrue(!result.isError(), () -> "unexpected error: " + result.getMessage().orElse(""));
        return result.getOrThrow(IllegalStateException::new);
    }

    @Test
    void readsNameEmailPhoneAndRole() {
        Contact contact = parsed("Jane Doe <jane@example.net> +1 555 0100 (NOC)").getFirst();

        assertEquals("Jane Doe", contact.name());
        assertEquals("jane@example.net", contact.email());
        assertEquals("+1 555 0100", contact.phone());
        assertEquals("NOC", contact.role());
    }

    @Test
    void acceptsAnEmailWithoutBracketsAndLeavesOutWhatIsMissing() {
        Contact contact = parsed("Peering Desk peering@example.net").getFirst();

        assertEquals("Peering Desk", contact.name());
        assertEquals("peering@example.net", contact.email());
        assertNull(contact.phone());
        assertNull(contact.role());
    }

    @Test
    void readsOneContactPerLineAndSkipsBlankLines() {
        List<Contact> contacts = parsed("Jane <jane@example.net>\n\n  \nAbuse Desk +44 20 7946 0000\r\n");

        assertEquals(2, contacts.size());
        assertEquals("Abuse Desk", contacts.get(1).name());
        assertEquals("+44 20 7946 0000", contacts.get(1).phone());
    }

    @Test
    void namesTheLineThatCannotBeRead() {
        Result<List<Contact>> result = lines.convertToModel("Jane <jane@example.net>\n<nobody@example.net>",
                new ValueContext());

        assertTrue(result.isError());
        assertTrue(result.getMessage().orElseThrow().startsWith("Line 2:"), result.getMessage().orElseThrow());
    }

    @Test
    void reportsAnAddressThatIsNotOne() {
        Result<List<Contact>> result = lines.convertToModel("Jane <jane-at-example.net>", new ValueContext());

        assertTrue(result.isError());
        assertTrue(result.getMessage().orElseThrow().contains("jane-at-example.net"));
    }

    @Test
    void writesContactsBackInTheFormItReads() {
        List<Contact> contacts = List.of(new Contact("Jane Doe", "jane@example.net", "+1 555 0100", "NOC"),
                new Contact("Desk", null, null, null));

        String text = lines.convertToPresentation(contacts, new ValueContext());

        assertEquals("Jane Doe <jane@example.net> +1 555 0100 (NOC)\nDesk", text);
        assertEquals(contacts, parsed(text));
    }
}
