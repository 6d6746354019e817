package io.peeringconsole.audit.alert;

/**
 * Failed logins in the alert window for one user name or one source address.
 *
 * @param by       {@code "user"} or {@code "source"}
 * @param value    the user name (as recorded) or the address
 * @param failures how many
 */
public record FailedLogins(String by, String value, long failures) {
}
