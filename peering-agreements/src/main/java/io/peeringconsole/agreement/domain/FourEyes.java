package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.SafeText;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may approve or reject a pending agreement. The approver is never the proposer (whoever submitted it), and each
 * approval needed comes from a different person: one in the {@link ApprovalCapacity#DOMAIN} capacity (ADMIN, or
 * DOMAIN_ADMIN scoped to the local domain) and, when the terms are trust-sensitive, one as SECURITY_OFFICER, in
 * either order.
 */
final class FourEyes {

    private FourEyes() {
    }

    /** The capacity in which {@code by} approves now, or a refusal saying who else must. */
    static ApprovalCapacity capacityFor(Operator by, String localDomain, String proposer, boolean securityNeeded,
            List<Approval> given) {
        if (by.username().equals(proposer)) {
            throw new AccessDeniedException("You submitted this agreement, so someone else must approve it (four"
                    + " eyes): " + describe(outstanding(securityNeeded, given), localDomain) + ".");
        }
        for (Approval approval : given) {
            if (approval.approver().equals(by.username())) {
                throw new ConflictException("You have already approved this agreement (" + approval.capacity()
                        + "); it is waiting for another person: "
                        + describe(outstanding(securityNeeded, given), localDomain) + ".");
            }
        }
        List<ApprovalCapacity> open = outstanding(securityNeeded, given);
        if (open.contains(ApprovalCapacity.DOMAIN) && AccessPolicy.canAdministerDomain(by, localDomain)) {
            return ApprovalCapacity.DOMAIN;
        }
        if (open.contains(ApprovalCapacity.SECURITY) && by.has(Role.SECURITY_OFFICER)) {
            return ApprovalCapacity.SECURITY;
        }
        throw new AccessDeniedException("Approving this agreement now needs " + describe(open, localDomain)
                + ". You are signed in as " + SafeText.quote(by.username()) + " with " + by.roles() + ".");
    }

    /** Refuses a rejection by someone who could not approve in any capacity the agreement needs. */
    static void requireMayReject(Operator by, String localDomain, boolean securityNeeded) {
        boolean mayReject = AccessPolicy.canAdministerDomain(by, localDomain)
                || securityNeeded && by.has(Role.SECURITY_OFFICER);
        if (!mayReject) {
            throw new AccessDeniedException("Rejecting this agreement needs the ADMIN role or DOMAIN_ADMIN scoped to "
                    + localDomain + (securityNeeded ? ", or SECURITY_OFFICER" : "") + ". You are signed in as "
                    + SafeText.quote(by.username()) + " with " + by.roles() + ".");
        }
    }

    /** The capacities still missing an approval. */
    static List<ApprovalCapacity> outstanding(boolean securityNeeded, List<Approval> given) {
        List<ApprovalCapacity> open = new ArrayList<>(List.of(ApprovalCapacity.DOMAIN));
        if (securityNeeded) {
            open.add(ApprovalCapacity.SECURITY);
        }
        given.forEach(approval -> open.remove(approval.capacity()));
        return open;
    }

    private static String describe(List<ApprovalCapacity> open, String localDomain) {
        List<String> parts = new ArrayList<>();
        if (open.contains(ApprovalCapacity.DOMAIN)) {
            parts.add("an approval by an ADMIN or a DOMAIN_ADMIN scoped to " + localDomain);
        }
        if (open.contains(ApprovalCapacity.SECURITY)) {
            parts.add("an approval by a SECURITY_OFFICER");
        }
        return parts.isEmpty() ? "no further approval" : String.join(" and ", parts);
    }
}
