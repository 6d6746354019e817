package io.peeringconsole.web.ui.account;

import io.peeringconsole.access.application.NewAccount;
import io.peeringconsole.access.domain.Role;
import java.util.Set;

/** What the new-account form edits. The password is kept only until the command is made. */
public class AccountFormData {

    private String username = "";
    private String password = "";
    private Set<Role> roles = Set.of();
    private Set<String> localDomains = Set.of();

    /** Local domains matter only to a domain administrator; for other roles they are not sent. */
    public NewAccount toCommand() {
        Set<String> scope = roles.contains(Role.DOMAIN_ADMIN) ? localDomains : Set.of();
        NewAccount command = new NewAccount(username.strip(), password.toCharArray(), roles, scope);
        password = "";
        return command;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Set<String> getLocalDomains() {
        return localDomains;
    }

    public void setLocalDomains(Set<String> localDomains) {
        this.localDomains = localDomains == null ? Set.of() : Set.copyOf(localDomains);
    }
}
