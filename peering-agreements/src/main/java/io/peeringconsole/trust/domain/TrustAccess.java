package io.peeringconsole.trust.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.SafeText;
import java.util.stream.Collectors;

/**
 * Who may change trust. A peer's certificates and pins belong to the registry (ADMIN or DOMAIN_ADMIN); trust anchors
 * and CRLs decide for every peer at once, so they are the security officer's (or an ADMIN's).
 */
public final class TrustAccess {

    private TrustAccess() {
    }

    public static boolean canManageAnchors(Operator op) {
        return op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER);
    }

    public static void requireCanManageAnchors(Operator op) {
        if (!canManageAnchors(op)) {
            throw new AccessDeniedException("Trust anchors and CRLs are managed by the ADMIN or SECURITY_OFFICER role."
                    + " You are signed in as " + SafeText.quote(op.username()) + " with " + describeRoles(op) + ".");
        }
    }

    public static void requireCanEditPeerTrust(Operator op) {
        AccessPolicy.requireCanEditRegistry(op);
    }

    /** The check for changing (removing, rolling over) a stored certificate of this purpose. */
    public static void requireCanChange(Operator op, TrustPurpose purpose) {
        switch (purpose) {
            case PEER_CERTIFICATE -> requireCanEditPeerTrust(op);
            case TRUST_ANCHOR -> requireCanManageAnchors(op);
        }
    }

    private static String describeRoles(Operator op) {
        if (op.roles().isEmpty()) {
            return "no role";
        }
        return "role(s) " + op.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }
}
