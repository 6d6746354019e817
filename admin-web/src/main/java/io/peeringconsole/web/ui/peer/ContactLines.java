package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import io.peeringconsole.registry.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Contacts as typed into a text area, one per line: {@code Name <email> phone (role)}, where everything but the
 * name may be left out and the e-mail address may also stand without angle brackets. A line that cannot be read
 * is reported by its number, so that a person can find it.
 */
final class ContactLines implements Converter<String, List<Contact>> {

    static final String EXAMPLE = "Jane Doe <jane@example.net> +1 555 0100 (NOC)";

    @Override
    public Result<List<Contact>> convertToModel(String text, ValueContext context) {
        List<Contact> contacts = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Result<Contact> contact = ContactLine.parse(lines[i]);
            if (contact.isError()) {
                return Result.error("Line " + (i + 1) + ": " + contact.getMessage().orElse("") + " For example: "
                        + EXAMPLE);
            }
            contact.ifOk(contacts::add);
        }
        return Result.ok(List.copyOf(contacts));
    }

    @Override
    public String convertToPresentation(List<Contact> contacts, ValueContext context) {
        return contacts == null ? "" : contacts.stream().map(ContactLine::format).collect(Collectors.joining("\n"));
    }
}
