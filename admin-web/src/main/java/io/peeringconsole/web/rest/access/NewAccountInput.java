package io.peeringconsole.web.rest.access;

import java.util.Set;

/** What an administrator sends to create an account. */
public record NewAccountInput(String username, String password, Set<String> roles, Set<String> localDomains) {
}
