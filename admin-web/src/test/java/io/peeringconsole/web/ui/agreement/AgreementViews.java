package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import io.peeringconsole.agreement.domain.Lifecycle;
import io.peeringconsole.agreement.domain.Route;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.agreement.domain.Validity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Agreements as the service shows them, for the view tests: example.com with peer 7, proposed by paula. */
final class AgreementViews {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final String LOCAL_DOMAIN = "example.com";

    private AgreementStatus status = AgreementStatus.PENDING_APPROVAL;
    private boolean security;
    private final List<AgreementView.ApprovalView> approvals = new ArrayList<>();
    private AgreementTerms terms = new AgreementTerms(ServiceGrant.of(Service.PRESENCE),
            ServiceGrant.of(Service.PRESENCE), TlsVersion.TLS_1_3, Validity.startingAt(NOW));
    private Route route = Route.direct();

    static AgreementViews anAgreement() {
        return new AgreementViews();
    }

    AgreementViews in(AgreementStatus newStatus) {
        status = newStatus;
        return this;
    }

    AgreementViews needingSecurityApproval() {
        security = true;
        return this;
    }

    AgreementViews approvedBy(String approver, ApprovalCapacity capacity) {
        approvals.add(new AgreementView.ApprovalView(approver, capacity, NOW));
        return this;
    }

    AgreementViews terms(AgreementTerms newTerms) {
        terms = newTerms;
        return this;
    }

    AgreementViews via(long clearingHouseId) {
        route = Route.viaClearingHouse(clearingHouseId);
        return this;
    }

    AgreementView view() {
        boolean pending = status == AgreementStatus.PENDING_APPROVAL;
        List<ApprovalCapacity> outstanding = new ArrayList<>(List.of(ApprovalCapacity.DOMAIN));
        if (security) {
            outstanding.add(ApprovalCapacity.SECURITY);
        }
        approvals.forEach(a -> outstanding.remove(a.capacity()));
        Set<AgreementAction> allowed = EnumSet.noneOf(AgreementAction.class);
        allowed.addAll(Lifecycle.allowedFrom(status));
        allowed.remove(AgreementAction.EXPIRE);
        return new AgreementView(11, LOCAL_DOMAIN, 7, "Example Peer", route, terms, status, null, "paula", NOW,
                status == AgreementStatus.DRAFT ? null : "paula", security, approvals,
                pending ? outstanding : List.of(), allowed, "paula", 3, NOW, NOW);
    }
}
