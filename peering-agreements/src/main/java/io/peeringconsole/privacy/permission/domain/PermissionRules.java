package io.peeringconsole.privacy.permission.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.SafeText;
import java.util.Optional;

/**
 * Who may read and change a privacy-sharing permission, and when switching to policy delegation needs a security
 * officer. Pure: the service asks these before it touches anything.
 * <p>
 * ADMIN, and DOMAIN_ADMIN for their own local domains, read and change permissions; a SECURITY_OFFICER reads them
 * all and may make exactly the change that needs their approval, putting a pair into POLICY_DELEGATION.
 */
public final class PermissionRules {

    private PermissionRules() {
    }

    public static boolean mayRead(Operator op, String localDomain) {
        return AccessPolicy.canAdministerDomain(op, localDomain) || op.has(Role.SECURITY_OFFICER);
    }

    public static void requireMayRead(Operator op, String localDomain) {
        if (!mayRead(op, localDomain)) {
            throw denied(op, "Viewing the privacy-sharing permissions of " + SafeText.quote(localDomain)
                    + " needs the ADMIN or SECURITY_OFFICER role, or DOMAIN_ADMIN scoped to that domain.");
        }
    }

    public static boolean mayChange(Operator op, String localDomain, SharingMode newMode) {
        return AccessPolicy.canAdministerDomain(op, localDomain)
                || newMode == SharingMode.POLICY_DELEGATION && op.has(Role.SECURITY_OFFICER);
    }

    /** {@code newMode} null stands for a reset to default deny. */
    public static void requireMayChange(Operator op, String localDomain, SharingMode newMode) {
        if (!mayChange(op, localDomain, newMode)) {
            String officer = op.has(Role.SECURITY_OFFICER)
                    ? " A SECURITY_OFFICER may only put a pair into POLICY_DELEGATION, which is the change they"
                            + " approve." : "";
            throw denied(op, "Changing the privacy-sharing permissions of " + SafeText.quote(localDomain)
                    + " needs the ADMIN role, or DOMAIN_ADMIN scoped to that domain." + officer);
        }
    }

    /**
     * Refuses to put a pair into POLICY_DELEGATION behind the back of an agreement that was submitted or approved
     * without a security officer; a security officer's own change is the approval.
     *
     * @return whether this change counts as a security officer's approval of the delegation
     */
    public static boolean checkDelegation(Operator op, SharingMode current, SharingMode requested,
            Optional<OpenAgreement> agreement, String peerName) {
        if (requested != SharingMode.POLICY_DELEGATION) {
            return false;
        }
        if (op.has(Role.SECURITY_OFFICER)) {
            return true;
        }
        if (current != SharingMode.POLICY_DELEGATION && agreement.filter(OpenAgreement::isApprovedOrPending)
                .isPresent()) {
            OpenAgreement open = agreement.get();
            throw denied(op, "POLICY_DELEGATION hands your users' presence rules to " + SafeText.quote(peerName)
                    + ", and the agreement " + open.id() + " with it is " + open.status() + " without a security"
                    + " officer's approval of that. Ask a SECURITY_OFFICER to make this change (their change stands"
                    + " as the approval), or keep PER_WATCHER or VIEW_SHARING.");
        }
        return false;
    }

    /**
     * Refuses a change made from a stale reading: {@code expected} is the version the operator read, null when they
     * read the pair at default deny; {@code stored} is the version stored now, empty when the pair is at default deny.
     *
     * @param pair how a person recognises the pair, e.g. {@code The privacy-sharing permission of a for "B"}
     */
    public static void requireCurrent(Optional<Long> stored, Long expected, String pair) {
        if (stored.isEmpty() && expected != null) {
            throw new ConflictException(pair + " was reset to default deny by someone else since you read it"
                    + " (version " + expected + "); reload it and apply your change again.");
        }
        if (stored.isPresent() && expected == null) {
            throw new ConflictException(pair + " was set by someone else since you read it at default deny (now"
                    + " version " + stored.get() + "); reload it and apply your change again.");
        }
        if (stored.isPresent() && !stored.get().equals(expected)) {
            throw new ConflictException(pair + " was changed by someone else since you read it (version "
                    + expected + ", now " + stored.get() + "); reload it and apply your change again.");
        }
    }

    private static AccessDeniedException denied(Operator op, String need) {
        return new AccessDeniedException(need + " You are signed in as " + SafeText.quote(op.username()) + " with "
                + op.roles() + ".");
    }
}
