package io.peeringconsole.rules;

/**
 * A refusal by a domain rule, carrying a message a person can act on. The subclasses tell the UI and the REST layer
 * which answer to give (422, 404, 409, 403) without either of them knowing the rule.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
