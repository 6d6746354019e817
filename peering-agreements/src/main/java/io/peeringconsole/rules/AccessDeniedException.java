package io.peeringconsole.rules;

/** The operator lacks the role or domain scope the action needs; the message names what is needed. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
