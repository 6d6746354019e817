package io.peeringconsole.web.ui.privacy;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionService;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import io.peeringconsole.privacy.permission.application.PrivacyPreviewService;
import io.peeringconsole.privacy.preview.PresenceJson;
import io.peeringconsole.privacy.preview.PreviewResult;
import io.peeringconsole.privacy.xml.PresRulesXml;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Pick a local domain and a peer, paste or upload a user's pres-rules and a presence document, optionally name a
 * watcher of the peer, and see what the peer would receive in the pair's mode. {@code ?domain=&peer=} preselect.
 */
@Route(value = "privacy-preview", layout = MainLayout.class)
@PageTitle("Privacy preview")
@RouteScoped
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
public class PrivacyPreviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final int MAX_PER_CALL = 500;

    private final transient PrivacyPermissionService permissions;
    private final transient PrivacyPreviewService previews;
    private final ComboBox<String> domain;
    private final ComboBox<PrivacyPermissionView> peer = new ComboBox<>("Peer network");
    private final TextArea rules = new TextArea("Pres-rules (RFC 5025 XML)");
    private final TextArea presence = new TextArea("Presence document (JSON)");
    private final TextField watcher = new TextField("Watcher of the peer (optional)");
    private final PreviewPanel result = new PreviewPanel();
    private Long pendingPeer;

    @Inject
    public PrivacyPreviewView(PrivacyPermissionService permissions, PrivacyPreviewService previews,
            LocalDomainService localDomains) {
        this.permissions = permissions;
        this.previews = previews;
        this.domain = LocalDomainChoice.create("preview-domain", localDomains);
        addClassName("privacy-preview");
        configureChoices();
        configureInputs();
        Button run = new Button("Preview", VaadinIcon.EYE.create(), click -> preview());
        run.setId("preview-run");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout inputs = new VerticalLayout(new HorizontalLayout(domain, peer),
                inputRow(rules, upload("preview-rules-upload", rules, ".xml")),
                inputRow(presence, upload("preview-presence-upload", presence, ".json")), watcher, run);
        inputs.setPadding(false);
        HorizontalLayout columns = new HorizontalLayout(inputs, result);
        columns.setWidthFull();
        columns.setFlexGrow(3, inputs);
        columns.setFlexGrow(2, result);
        add(columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("peer").map(Long::valueOf).ifPresent(id -> pendingPeer = id);
        parameters.getSingleParameter("domain").ifPresent(domain::setValue);
    }

    private void configureChoices() {
        peer.setId("preview-peer");
        peer.setWidth("22rem");
        peer.setItemLabelGenerator(view -> view.peerDisplayName() + " · " + SharingModes.modeOf(view));
        peer.setItems(query -> domain.getValue() == null ? Stream.empty()
                : permissions.list(ConsoleSession.operator(), domain.getValue(), query.getFilter().orElse(null),
                        query.getOffset(), Math.min(query.getLimit(), MAX_PER_CALL)).items().stream());
        domain.addValueChangeListener(change -> {
            peer.clear();
            peer.getDataProvider().refreshAll();
            if (change.getValue() != null && pendingPeer != null) {
                UserFeedback.attempt(() -> peer.setValue(permissions.get(ConsoleSession.operator(),
                        change.getValue(), pendingPeer)));
                pendingPeer = null;
            }
        });
    }

    private void configureInputs() {
        rules.setId("preview-rules");
        rules.setPlaceholder("<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\" ...>");
        presence.setId("preview-presence");
        presence.setPlaceholder("{\"presentity\": \"sip:alice@example.com\",\n \"attributes\": {\"BASIC_STATUS\":"
                + " \"open\", \"NOTE\": \"In a meeting\"}}");
        presence.setHelperText("Attributes by name: BASIC_STATUS (open or closed), NOTE, ACTIVITIES, MOOD,"
                + " PLACE_TYPE, LOCATION, DEVICE_CAPABILITIES, TIME_OFFSET, ...");
        watcher.setId("preview-watcher");
        watcher.setPlaceholder("sip:bob@example.net");
        watcher.setWidth("22rem");
        rules.addValueChangeListener(change -> rules.setInvalid(false));
        presence.addValueChangeListener(change -> presence.setInvalid(false));
        watcher.addValueChangeListener(change -> watcher.setInvalid(false));
    }

    private static HorizontalLayout inputRow(TextArea area, Upload upload) {
        area.setWidthFull();
        area.addClassName("privacy-input");
        HorizontalLayout row = new HorizontalLayout(area, upload);
        row.setWidthFull();
        row.expand(area);
        return row;
    }

    /** An upload fills the text area, so that what is previewed is always visible and can be corrected. */
    private static Upload upload(String id, TextArea target, String extension) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                target.setValue(new String(bytes, StandardCharsets.UTF_8))));
        upload.setId(id);
        upload.setMaxFileSize(PresRulesXml.MAX_BYTES);
        upload.setAcceptedFileExtensions(extension, ".txt");
        upload.setDropLabel(new Span("Drop a " + extension + " file (at most 1 MiB)"));
        upload.addFileRejectedListener(rejected -> UserFeedback.error(rejected.getFileName() + " was not used: "
                + rejected.getErrorMessage() + " Files up to 1 MiB are accepted."));
        return upload;
    }

    private void preview() {
        PrivacyPermissionView pair = peer.getValue();
        if (domain.getValue() == null || pair == null) {
            UserFeedback.error("Choose a local domain and a peer network to preview.");
            return;
        }
        PreviewResult[] outcome = new PreviewResult[1];
        boolean ok = UserFeedback.attempt(() -> outcome[0] = previews.preview(ConsoleSession.operator(),
                domain.getValue(), pair.peerNetworkId(), rules.getValue(), PresenceJson.read(presence.getValue()),
                watcher.getValue()), this::showFieldError, null);
        if (ok) {
            result.show(pair.peerDisplayName(), outcome[0]);
        } else {
            result.setVisible(false);
        }
    }

    private boolean showFieldError(String field, String message) {
        HasValidation target = switch (field) {
            case "presRules" -> rules;
            case "presence" -> presence;
            case "watcher" -> watcher;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
