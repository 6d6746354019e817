package io.peeringconsole.web.ui.snapshot;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.peeringconsole.snapshot.application.CandidateView;
import io.peeringconsole.snapshot.domain.PublishRefusal;
import io.peeringconsole.snapshot.domain.SnapshotDiff;
import io.peeringconsole.web.ui.support.Formats;
import java.util.stream.Collectors;

/** The candidate: what the publish gate says against it, and its difference to the published snapshot. */
final class CandidatePanel extends VerticalLayout {

    private static final int MAX_VALUE_LENGTH = 300;

    private final Paragraph summary = new Paragraph();
    private final UnorderedList refusals = new UnorderedList();
    private final Pre diff = new Pre();

    CandidatePanel() {
        addClassName("snapshot-candidate");
        setPadding(false);
        summary.setId("snapshot-candidate-summary");
        refusals.setId("snapshot-refusals");
        refusals.addClassName("snapshot-refusals");
        diff.setId("snapshot-diff");
        diff.addClassName("snapshot-diff");
        add(new H3("Candidate"), summary, refusals, new Div(new H3("Changes against the published snapshot")), diff);
    }

    void show(CandidateView candidate) {
        summary.setText(Formats.count(candidate.peerCount(), "peer network", "peer networks")
                + " with an agreement in force; content hash "
                + candidate.contentHash().substring(0, 16) + "\u2026. " + (candidate.publishable()
                ? "The publish gate lets it through." : "The publish gate refuses it, for the reasons below."));
        refusals.removeAll();
        for (PublishRefusal refusal : candidate.refusals()) {
            ListItem item = new ListItem(refusal.code() + ": " + refusal.message());
            item.addClassName("snapshot-refusal");
            refusals.add(item);
        }
        refusals.setVisible(!candidate.refusals().isEmpty());
        if (candidate.currentSerial() == null) {
            diff.setText("Nothing published yet: the whole candidate is new.");
        } else if (candidate.changes().isEmpty()) {
            diff.setText("No changes since serial " + candidate.currentSerial() + ".");
        } else {
            diff.setText(candidate.changes().stream().map(CandidatePanel::line).collect(Collectors.joining("\n")));
        }
    }

    void clear() {
        summary.setText("Choose a local domain.");
        refusals.removeAll();
        refusals.setVisible(false);
        diff.setText("");
    }

    private static String line(SnapshotDiff.Change change) {
        String text = change.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + " \u2026";
    }
}
