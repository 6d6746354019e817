package io.peeringconsole.rules;

/** The thing asked for does not exist (any more). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
