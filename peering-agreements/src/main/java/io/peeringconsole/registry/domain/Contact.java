package io.peeringconsole.registry.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person or desk to reach at a peer network (NOC, abuse, peering coordinator). Immutable once made. */
@Embeddable
public class Contact {

    public static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_PHONE = 64;
    private static final int MAX_ROLE = 100;
    // Deliberately loose: one '@', a dot in the domain part, no spaces; the mailbox itself is the peer's business.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Column(name = "name", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "email", length = MAX_EMAIL)
    private String email;

    @Column(name = "phone", length = MAX_PHONE)
    private String phone;

    @Column(name = "role", length = MAX_ROLE)
    private String role;

    protected Contact() {
        // for JPA
    }

    /** Checks and trims each part; email, phone and role are optional, blank meaning absent. */
    public Contact(String name, String email, String phone, String role) {
        this.name = required(name);
        this.email = checkedEmail(SafeText.trimToNull(email));
        this.phone = optional(phone, MAX_PHONE, "phone number");
        this.role = optional(role, MAX_ROLE, "role");
    }

    private static String required(String name) {
        String trimmed = SafeText.trimToNull(name);
        if (trimmed == null) {
            throw new RuleViolationException("contacts", "Enter the contact's name.");
        }
        return optional(trimmed, MAX_NAME, "name");
    }

    private static String checkedEmail(String email) {
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new RuleViolationException("contacts", SafeText.quote(email)
                    + " is not an email address; use the form noc@example.net.");
        }
        return email;
    }

    private static String optional(String value, int max, String what) {
        String trimmed = SafeText.trimToNull(value);
        if (trimmed == null) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new RuleViolationException("contacts", "A contact's " + what + " may have at most " + max
                    + " characters; " + SafeText.quote(trimmed) + " has " + trimmed.length() + ".");
        }
        if (SafeText.hasControlCharacters(trimmed)) {
            throw new RuleViolationException("contacts", "A contact's " + what + " contains control characters: "
                    + SafeText.quote(trimmed) + ".");
        }
        return trimmed;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contact that && Objects.equals(name, that.name) && Objects.equals(email, that.email)
                && Objects.equals(phone, that.phone) && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, phone, role);
    }

    @Override
    public String toString() {
        return "Contact[" + name + ", " + email + ", " + phone + ", " + role + "]";
    }
}
