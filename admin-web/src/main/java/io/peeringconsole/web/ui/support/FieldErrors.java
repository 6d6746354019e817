package io.peeringconsole.web.ui.support;

/**
 * Something that can show a rule violation next to the field it concerns, such as a form. The field name is the
 * one the domain reports ({@code RuleViolationException.field()}).
 */
@FunctionalInterface
public interface FieldErrors {

    /** Shows nothing next to any field, so that every violation becomes a notification. */
    FieldErrors NONE = (field, message) -> false;

    /** @return whether a field showed the message; if not, the caller shows it elsewhere */
    boolean show(String field, String message);
}
