package io.peeringconsole.access.domain;

import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.SafeText;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what, in one place. Pure: no state, no database; services call a {@code require...} method first and
 * views may ask the matching {@code can...} to hide what would be refused anyway.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean canEditRegistry(Operator op) {
        return op.has(Role.ADMIN) || op.has(Role.DOMAIN_ADMIN);
    }

    public static void requireCanEditRegistry(Operator op) {
        require(canEditRegistry(op), op, "Changing the peer registry needs the ADMIN or DOMAIN_ADMIN role.");
    }

    public static boolean canReadRegistry(Operator op) {
        return !op.roles().isEmpty();
    }

    public static void requireCanReadRegistry(Operator op) {
        require(canReadRegistry(op), op,
                "Viewing the peer registry needs one of the roles ADMIN, DOMAIN_ADMIN or SECURITY_OFFICER.");
    }

    public static boolean canAdministerDomain(Operator op, String localDomain) {
        return op.has(Role.ADMIN) || op.has(Role.DOMAIN_ADMIN) && op.isScopedTo(localDomain);
    }

    public static void requireCanAdministerDomain(Operator op, String localDomain) {
        require(canAdministerDomain(op, localDomain), op, "Administering the local domain "
                + SafeText.quote(localDomain) + " needs the ADMIN role, or DOMAIN_ADMIN scoped to that domain.");
    }

    public static boolean canManageLocalDomains(Operator op) {
        return op.has(Role.ADMIN);
    }

    public static void requireCanManageLocalDomains(Operator op) {
        require(canManageLocalDomains(op), op, "Adding, renaming or removing local domains needs the ADMIN role.");
    }

    public static boolean canReadAudit(Operator op) {
        return op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER) || op.has(Role.DOMAIN_ADMIN);
    }

    public static void requireCanReadAudit(Operator op) {
        require(canReadAudit(op), op, "Reading the audit trail needs the ADMIN or SECURITY_OFFICER role, or"
                + " DOMAIN_ADMIN (for the entries of that administrator's local domains).");
    }

    public static boolean canManageAccounts(Operator op) {
        return op.has(Role.ADMIN);
    }

    public static void requireCanManageAccounts(Operator op) {
        require(canManageAccounts(op), op, "Managing accounts needs the ADMIN role.");
    }

    public static void requireCanManageConsoleKeys(Operator op) {
        require(op.has(Role.ADMIN), op, "Rotating the console's own keys needs the ADMIN role.");
    }

    /**
     * Checkpoints, exports and archiving concern the whole trail, entries of every domain included, so they are for
     * administrators and security officers.
     */
    public static boolean canGuardAuditTrail(Operator op) {
        return op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER);
    }

    public static void requireCanGuardAuditTrail(Operator op) {
        require(canGuardAuditTrail(op), op, "Signing checkpoints, exporting and archiving the audit trail need the"
                + " ADMIN or SECURITY_OFFICER role.");
    }

    /** The local domains whose audit entries {@code op} may read; null means all of them, global entries included. */
    public static Set<String> visibleAuditDomains(Operator op) {
        if (op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER)) {
            return null;
        }
        return op.localDomains();
    }

    /** The local domains {@code op} may list; null means all of them. */
    public static Set<String> visibleLocalDomains(Operator op) {
        if (op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER)) {
            return null;
        }
        return op.localDomains();
    }

    private static String describeRoles(Operator op) {
        if (op.roles().isEmpty()) {
            return "no role";
        }
        return "role(s) " + op.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static void require(boolean allowed, Operator op, String need) {
        if (!allowed) {
            throw new AccessDeniedException(need + " You are signed in as " + SafeText.quote(op.username())
                    + " with " + describeRoles(op) + ".");
        }
    }
}
