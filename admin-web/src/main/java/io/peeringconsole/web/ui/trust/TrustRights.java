package io.peeringconsole.web.ui.trust;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.trust.domain.TrustAccess;

/**
 * Which trust controls to offer. The service checks again on every call: hiding a button is a courtesy, not the
 * protection. Anchors decide whom everybody trusts, so they are for administrators and security officers.
 */
final class TrustRights {

    private TrustRights() {
    }

    static boolean mayEditPeerCertificates(Operator operator) {
        return AccessPolicy.canEditRegistry(operator);
    }

    static boolean mayManageAnchors(Operator operator) {
        return TrustAccess.canManageAnchors(operator);
    }
}
