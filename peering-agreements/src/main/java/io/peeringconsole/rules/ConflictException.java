package io.peeringconsole.rules;

/** The request clashes with stored state: a duplicate, or an edit of a version someone else has since changed. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
