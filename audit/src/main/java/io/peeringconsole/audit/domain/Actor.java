package io.peeringconsole.audit.domain;

import java.util.Objects;

/**
 * Who did what is being recorded: a person or machine, the role they acted in and where the request came from.
 *
 * @param name          the account or gateway name, as typed or authenticated (a failed login records what was typed)
 * @param role          the role acted in, e.g. {@code ADMIN}
 * @param sourceAddress the client address, or {@code null} when unknown
 */
public record Actor(String name, String role, String sourceAddress) {

    public Actor {
        Objects.requireNonNull(name, "An actor needs a name.");
        Objects.requireNonNull(role, "An actor needs a role.");
    }

    /** The console itself, for scheduled work such as expiring agreements. */
    public static Actor system() {
        return new Actor("system", "SYSTEM", "local");
    }
}
