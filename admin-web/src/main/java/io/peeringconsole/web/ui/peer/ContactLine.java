package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.data.binder.Result;
import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One contact line, {@code Name <email> phone (role)}, read leniently. */
final class ContactLine {

    private static final Pattern ROLE = Pattern.compile("\\(([^()]*\\p{L}[^()]*)\\)\\s*$");
    private static final Pattern BRACKETED_EMAIL = Pattern.compile("<([^<>]*)>");
    private static final Pattern PHONE = Pattern.compile("[+(]?[0-9][0-9 ()./-]*");

    private ContactLine() {
    }

    static Result<Contact> parse(String line) {
        String rest = line.strip();
        String role = null;
        Matcher roleMatch = ROLE.matcher(rest);
        if (roleMatch.find()) {
            role = roleMatch.group(1).strip();
            rest = rest.substring(0, roleMatch.start()).strip();
        }
        String email = null;
        Matcher bracketed = BRACKETED_EMAIL.matcher(rest);
        if (bracketed.find()) {
            email = bracketed.group(1).strip();
            rest = (rest.substring(0, bracketed.start()) + " " + rest.substring(bracketed.end())).strip();
        }
        List<String> words = new ArrayList<>(Arrays.asList(rest.split("\\s+")));
        words.removeIf(String::isEmpty);
        if (email == null) {
            email = words.stream().filter(word -> word.contains("@")).findFirst().orElse(null);
            words.remove(email);
        }
        String phone = trailingPhone(words);
        String name = String.join(" ", words);
        return check(name, blankToNull(email), phone, blankToNull(role));
    }

    static String format(Contact contact) {
        StringBuilder line = new StringBuilder(contact.name() == null ? "" : contact.name());
        if (contact.email() != null && !contact.email().isBlank()) {
            line.append(" <").append(contact.email()).append('>');
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            line.append(' ').append(contact.phone());
        }
        if (contact.role() != null && !contact.role().isBlank()) {
            line.append(" (").append(contact.role()).append(')');
        }
        return line.toString().strip();
    }

    /**
     * The phone number is what ends the line and looks like one (digits, spaces, {@code +()-./}); the first word
     * always stays for the name.
     */
    private static String trailingPhone(List<String> words) {
        int start = words.size();
        while (start > 1 && PHONE.matcher(words.get(start - 1)).matches()) {
            start--;
        }
        return start == words.size() ? null : joinAndRemove(words, start);
    }

    private static String joinAndRemove(List<String> words, int from) {
        List<String> tail = words.subList(from, words.size());
        String phone = String.join(" ", tail);
        tail.clear();
        return phone;
    }

    /** Whether a contact is acceptable is the domain's rule; its message becomes the line's error. */
    private static Result<Contact> check(String name, String email, String phone, String role) {
        try {
            return Result.ok(new Contact(name, email, phone, role));
        } catch (RuleViolationException refused) {
            return Result.error(refused.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
