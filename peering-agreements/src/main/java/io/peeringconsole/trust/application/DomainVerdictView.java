package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.Judgement;
import java.util.List;

/** Whether a peer is trusted for one of its domains, with every reason, errors first. */
public record DomainVerdictView(String domain, boolean trusted, List<ReasonView> reasons) {

    public DomainVerdictView {
        reasons = List.copyOf(reasons);
    }

    static DomainVerdictView of(Judgement judgement) {
        List<ReasonView> reasons = switch (judgement) {
            case Judgement.Validated v -> v.verdict().reasons().stream().map(ReasonView::of).toList();
            case Judgement.NoEvidence n ->
                List.of(new ReasonView(Judgement.NoEvidence.CODE, ReasonView.ERROR, n.message(), null));
            case Judgement.PinnedOnly p ->
                List.of(new ReasonView(Judgement.PinnedOnly.CODE, ReasonView.INFO, p.message(), null));
        };
        return new DomainVerdictView(judgement.domain(), judgement.trusted(), reasons);
    }
}
