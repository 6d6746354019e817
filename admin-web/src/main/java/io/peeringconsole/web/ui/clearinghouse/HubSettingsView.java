package io.peeringconsole.web.ui.clearinghouse;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.peeringconsole.agreement.application.ClearingHouseService;
import io.peeringconsole.agreement.application.ClearingHouseView;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.HubService;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A clearing house's settings (RFC 5344 section 2.7): what it provides for the networks federating through it, and
 * whether the console accepts the identities it asserts for its members. Each choice explains itself, because the
 * second one widens whom the console trusts.
 */
@Route(value = "peer-networks/:" + HubSettingsView.HUB_ID + "(\\d+)/clearing-house", layout = MainLayout.class)
@PageTitle("Clearing house")
@RouteScoped
public class HubSettingsView extends VerticalLayout implements BeforeEnterObserver {

    static final String HUB_ID = "id";

    private final transient ClearingHouseService clearingHouses;
    private final H2 title = new H2();
    private final Span lastChange = new Span();
    private final CheckboxGroup<HubService> services = new CheckboxGroup<>("Services it provides");
    private final RadioButtonGroup<TransitiveTrust> transitiveTrust = new RadioButtonGroup<>("Member identities");
    private ClearingHouseView current;

    @Inject
    public HubSettingsView(ClearingHouseService clearingHouses) {
        this.clearingHouses = clearingHouses;
        addClassName("hub-settings");
        services.setId("hub-services");
        services.setItems(HubService.values());
        services.setItemLabelGenerator(HubSettingsView::label);
        transitiveTrust.setId("hub-transitive-trust");
        transitiveTrust.setItems(TransitiveTrust.values());
        transitiveTrust.setItemLabelGenerator(HubSettingsView::label);
        transitiveTrust.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        transitiveTrust.setHelperText("Only an ADMIN or a SECURITY_OFFICER may let a hub vouch for its members.");
        lastChange.setId("hub-last-change");
        Button save = new Button("Save", click -> save());
        save.setId("hub-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(title, new Paragraph("Agreements routed through this clearing house check these settings in their"
                + " activation gate."), services, transitiveTrust, lastChange, save);
    }

    public static RouteParameters of(long clearingHouseId) {
        return new RouteParameters(HUB_ID, Long.toString(clearingHouseId));
    }

    static String label(HubService service) {
        return switch (service) {
            case CENTRAL_LOGGING -> "Central logging of the traffic it relays";
            case LAWFUL_INTERCEPTION_POINT -> "Lawful-interception point for its members";
            case NWAY_CHAT_HOSTING -> "Hosting of multi-party chat rooms";
        };
    }

    static String label(TransitiveTrust trust) {
        return switch (trust) {
            case REQUIRE_MEMBER_CERTIFICATES -> "Require each member's own certificate or pin (recommended)";
            case ACCEPT_HUB_ASSERTED_IDENTITIES -> "Accept the identities the hub asserts for its members, while"
                    + " the hub itself validates";
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(HUB_ID);
        boolean shown = id.isPresent()
                && UserFeedback.attempt(() -> show(clearingHouses.get(ConsoleSession.operator(), id.get())));
        if (!shown) {
            event.forwardTo(PeerNetworksView.class);
        }
    }

    private void show(ClearingHouseView view) {
        current = view;
        title.setText("Clearing house " + view.displayName());
        services.setValue(view.services());
        transitiveTrust.setValue(view.transitiveTrust());
        lastChange.setText(view.version() == null ? "Not configured yet: the defaults shown apply."
                : "Last changed by " + view.updatedBy() + " at " + Formats.time(view.updatedAt()) + ".");
    }

    private void save() {
        HubPolicy policy = new HubPolicy(services.getValue(), transitiveTrust.getValue());
        boolean saved = UserFeedback.attempt(() -> show(clearingHouses.configure(ConsoleSession.operator(),
                current.clearingHouseId(), current.version(), policy)), (field, message) -> false, this::reload);
        if (saved) {
            UserFeedback.success("Saved the settings of " + current.displayName() + ".");
        }
    }

    private void reload() {
        UserFeedback.attempt(() -> show(clearingHouses.get(ConsoleSession.operator(), current.clearingHouseId())));
    }
}
