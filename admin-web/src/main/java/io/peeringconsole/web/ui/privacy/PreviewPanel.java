package io.peeringconsole.web.ui.privacy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.preview.PreviewResult;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;

/** Shows a preview's outcome in words: what leaves for the peer, for whom, and what the chosen watcher sees. */
public class PreviewPanel extends Div {

    public PreviewPanel() {
        setId("preview-result");
        addClassName("privacy-preview-result");
        setVisible(false);
    }

    public void show(String peerName, PreviewResult result) {
        removeAll();
        add(new H4("What leaves for " + peerName));
        add(new Paragraph("Mode: " + Formats.label(result.permission().mode()) + " · allowed: "
                + SharingModes.attributes(result.permission().allowedAttributes())));
        add(new Paragraph(result.watchers().isEmpty() ? "No watcher of this peer is named in the rules."
                : "Watchers of this peer the preview assumes subscribed: " + String.join(", ", result.watchers())));
        if (result.sent().isEmpty()) {
            add(new Paragraph("Nothing leaves for this peer."));
        }
        result.sent().forEach(sent -> add(sentDocument(sent)));
        result.delegatedRules().ifPresent(rules -> {
            add(new H4("Delegated rules the peer filters with"));
            Pre xml = new Pre(rules);
            xml.setId("preview-delegated-rules");
            add(xml);
            result.refreshBy().ifPresent(at -> add(new Paragraph("The peer needs a fresh export by "
                    + Formats.time(at) + ".")));
        });
        result.watcher().ifPresent(outcome -> add(watcher(outcome)));
        setVisible(true);
    }

    private static Div sentDocument(PreviewResult.SentDocument sent) {
        Div card = new Div();
        card.addClassName("privacy-sent");
        card.add(new Span(sent.watchers().isEmpty() ? "One copy, for the peer to filter with the delegated rules"
                : "For " + String.join(", ", sent.watchers())));
        card.add(attributes(sent.document()));
        return card;
    }

    private static Div watcher(PreviewResult.WatcherOutcome outcome) {
        Div box = new Div();
        box.setId("preview-watcher-result");
        box.addClassName("privacy-watcher");
        box.add(new H4("What " + outcome.watcher() + " sees"));
        outcome.sees().ifPresentOrElse(document -> box.add(attributes(document)), () -> box.add(new Paragraph(
                "Nothing: this watcher receives no presence, exactly like a watcher no rule names. (At home the"
                        + " decision is " + Formats.label(outcome.homeDecision()) + "; it never leaves this"
                        + " network.)")));
        return box;
    }

    private static UnorderedList attributes(PresenceDocument document) {
        UnorderedList list = new UnorderedList(new ListItem("Presentity: " + document.presentity()));
        if (document.attributes().isEmpty()) {
            list.add(new ListItem("No attributes"));
        }
        document.attributes().forEach((attribute, value) -> list.add(new ListItem(Formats.label(attribute) + ": "
                + value)));
        return list;
    }

    List<String> texts() {
        return getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
