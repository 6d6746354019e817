package io.peeringconsole.web.rest.snapshot;

import io.peeringconsole.snapshot.application.CandidateView;
import io.peeringconsole.snapshot.domain.PublishRefusal;
import io.peeringconsole.snapshot.domain.SnapshotDiff;
import java.util.List;

/**
 * What publishing now would send ({@code content}, canonical JSON as text), whether the gate lets it through (every
 * reason otherwise), and its difference to the current snapshot, one JSON path per change.
 */
public record CandidateRepresentation(String localDomain, String contentHash, int peerCount, Long currentSerial,
        String currentContentHash, boolean publishable, boolean unchanged, List<PublishRefusal> refusals,
        List<SnapshotDiff.Change> changes, String content) {

    static CandidateRepresentation of(CandidateView view) {
        return new CandidateRepresentation(view.localDomain(), view.contentHash(), view.peerCount(),
                view.currentSerial(), view.currentContentHash(), view.publishable(), view.unchanged(),
                view.refusals(), view.changes(), view.content());
    }
}
