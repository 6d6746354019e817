package io.peeringconsole.web.ui.publicgroup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.peeringconsole.agreement.application.PublicGroupView;
import io.peeringconsole.agreement.domain.PublicGroup;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.web.ui.support.FieldErrors;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of one public group: its local domain and URI when new (both fixed afterwards), its size limit, and the
 * peer networks it is exposed to, chosen from the registry by name or domain however large it is.
 */
final class PublicGroupEditor extends FormLayout implements FieldErrors {

    final ComboBox<String> localDomain = new ComboBox<>("Local domain");
    final TextField uri = new TextField("Resource-list URI");
    final IntegerField maxSize = new IntegerField("Maximum members");
    final MultiSelectComboBox<PeerNetworkView> exposedTo = new MultiSelectComboBox<>("Exposed to");

    PublicGroupEditor(PeerRegistry registry, Collection<String> localDomains) {
        addClassName("public-group-editor");
        localDomain.setId("public-group-domain");
        localDomain.setItems(localDomains);
        localDomain.setRequired(true);
        uri.setId("public-group-uri");
        uri.setRequired(true);
        uri.setPlaceholder("sip:support@example.com");
        uri.setHelperText("sip:, sips: or xmpp: list in the chosen local domain; fixed once created.");
        maxSize.setId("public-group-max-size");
        maxSize.setMin(1);
        maxSize.setMax(PublicGroup.MAX_SIZE);
        maxSize.setStepButtonsVisible(true);
        maxSize.setHelperText("1 to " + PublicGroup.MAX_SIZE + "; gateways refuse lists that grow beyond it.");
        exposedTo.setId("public-group-peers");
        exposedTo.setItemLabelGenerator(peer -> peer.displayName() + " (" + peer.primaryDomain() + ")");
        exposedTo.setItems(query -> registry.search(new PeerSearch(query.getFilter().orElse(null),
                PeerKind.PEER_NETWORK, null, true, query.getOffset(), Math.min(query.getLimit(), 500))).items().stream());
        exposedTo.setHelperText("Only these peers find the list in their configuration; none keeps it private.");
        add(localDomain, uri, maxSize, exposedTo);
        setColspan(exposedTo, 2);
    }

    void edit(PublicGroupView group, List<PeerNetworkView> peers) {
        boolean isNew = group == null;
        localDomain.setReadOnly(!isNew);
        uri.setReadOnly(!isNew);
        localDomain.setValue(isNew ? null : group.localDomain());
        uri.setValue(isNew ? "" : group.uri());
        maxSize.setValue(isNew ? 100 : group.maxSize());
        exposedTo.setValue(Set.copyOf(peers));
        for (HasValidation field : List.<HasValidation>of(localDomain, uri, maxSize, exposedTo)) {
            field.setInvalid(false);
        }
    }

    Optional<String> missing() {
        if (localDomain.isEmpty()) {
            return Optional.of("Choose the local domain the list belongs to.");
        }
        if (uri.getValue().isBlank()) {
            return Optional.of("Enter the list's URI, e.g. sip:support@" + localDomain.getValue() + ".");
        }
        if (maxSize.getValue() == null) {
            return Optional.of("Enter the maximum number of members (1 to " + PublicGroup.MAX_SIZE + ").");
        }
        return Optional.empty();
    }

    Set<Long> peerIds() {
        return exposedTo.getValue().stream().map(PeerNetworkView::id).collect(Collectors.toSet());
    }

    @Override
    public boolean show(String field, String message) {
        HasValidation target = switch (field) {
            case "localDomain" -> localDomain;
            case "uri" -> uri;
            case "maxSize" -> maxSize;
            case "exposedTo" -> exposedTo;
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
