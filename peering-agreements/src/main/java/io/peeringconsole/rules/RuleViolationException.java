package io.peeringconsole.rules;

/** Input that breaks a rule; {@code field} names the form field or JSON property to highlight, if there is one. */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field, or null when the violation concerns the whole request. */
    public String field() {
        return field;
    }
}
