package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.gateway.application.CertificateGatewayService;
import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.gateway.application.IssuedToken;
import io.peeringconsole.gateway.domain.AuthKind;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;

/**
 * One gateway's details and what an administrator of its domain may do with it: rotate the token (or renew the
 * client certificate), disable or enable it, remove it. Each asks first; each names the version it acts on, so a concurrent change is reported, not lost.
 */
final class GatewayActions extends Dialog {

    private final transient GatewayService gateways;
    private final transient CertificateGatewayService certificateGateways;
    private final Runnable changed;
    private final GatewayView gateway;

    GatewayActions(GatewayService gateways, CertificateGatewayService certificateGateways, GatewayView gateway,
            Runnable changed) {
        this.gateways = gateways;
        this.certificateGateways = certificateGateways;
        this.gateway = gateway;
        this.changed = changed;
        setId("gateway-actions");
        setHeaderTitle(gateway.name() + " · " + gateway.localDomain());
        add(facts());
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        if (AccessPolicy.canAdministerDomain(ConsoleSession.operator(), gateway.localDomain())) {
            getFooter().add(removeButton(), toggleButton(), certificate() ? renewButton() : rotateButton());
        }
        getFooter().add(close);
    }

    private Div facts() {
        Div facts = new Div(
                line("State", FleetCells.state(gateway)),
                line("Applied serial", FleetCells.applied(gateway)),
                line("Lag", FleetCells.lag(gateway)),
                line("Last seen", FleetCells.lastSeen(gateway)),
                line("Last rejection", FleetCells.lastRejection(gateway).isEmpty() ? "None"
                        : FleetCells.lastRejection(gateway)),
                line("Authenticates with", certificate() ? "Client certificate" : "Bearer token"),
                line(certificate() ? "Certificate issued" : "Token issued", Formats.time(gateway.credentialIssuedAt())),
                line("Certificate valid until", certificate() ? Formats.time(gateway.credentialExpiresAt()) : "—"),
                line("Registered", Formats.time(gateway.registeredAt()) + " by " + gateway.registeredBy()));
        facts.addClassName("gateway-facts");
        return facts;
    }

    private static Div line(String label, String value) {
        Span name = new Span(label);
        name.addClassName("gateway-fact-label");
        return new Div(name, new Span(value));
    }

    private Button rotateButton() {
        Button rotate = new Button("Rotate token", click -> Confirmation.dangerous("Rotate the token?",
                "A new token is issued and the current one stops working at once: " + gateway.name()
                        + " cannot pull until it is configured with the new token.", "Rotate", this::rotate));
        rotate.setId("gateway-rotate");
        rotate.addThemeVariants(ButtonVariant.PRIMARY);
        return rotate;
    }

    private boolean certificate() {
        return gateway.authKind() == AuthKind.CLIENT_CERTIFICATE;
    }

    private Button renewButton() {
        Button renew = new Button("Renew certificate", click -> new RenewalDialog(gateway, (csr, days) ->
                certificateGateways.renew(ConsoleSession.operator(), gateway.id(), gateway.version(), csr, days),
                this::done).open());
        renew.setId("gateway-renew");
        renew.addThemeVariants(ButtonVariant.PRIMARY);
        return renew;
    }

    private Button toggleButton() {
        boolean enabled = gateway.enabled();
        Button toggle = new Button(enabled ? "Disable" : "Enable", click -> {
            if (enabled) {
                Confirmation.dangerous("Disable " + gateway.name() + "?", "Its token or certificate is refused until"
                        + " the gateway is enabled again; it keeps enforcing the snapshot it holds.", "Disable", this::toggle);
            } else {
                toggle();
            }
        });
        toggle.setId("gateway-toggle");
        return toggle;
    }

    private Button removeButton() {
        Button remove = new Button("Remove", click -> Confirmation.dangerous("Remove " + gateway.name() + "?",
                "The gateway and its credential are deleted; its reports stay in the audit trail. Registering it"
                        + " again issues a new token or certificate.", "Remove", this::remove));
        remove.setId("gateway-remove");
        remove.addThemeVariants(ButtonVariant.ERROR);
        return remove;
    }

    private void rotate() {
        IssuedToken[] issued = new IssuedToken[1];
        if (UserFeedback.attempt(() -> issued[0] = gateways.rotateToken(ConsoleSession.operator(), gateway.id(),
                gateway.version()))) {
            done();
            new TokenDialog(issued[0]).open();
        }
    }

    private void toggle() {
        if (UserFeedback.attempt(() -> {
            if (gateway.enabled()) {
                gateways.disable(ConsoleSession.operator(), gateway.id(), gateway.version());
            } else {
                gateways.enable(ConsoleSession.operator(), gateway.id(), gateway.version());
            }
        })) {
            done();
            UserFeedback.success((gateway.enabled() ? "Disabled " : "Enabled ") + gateway.name() + ".");
        }
    }

    private void remove() {
        if (UserFeedback.attempt(() -> gateways.remove(ConsoleSession.operator(), gateway.id(), gateway.version()))) {
            done();
            UserFeedback.success("Removed " + gateway.name() + ".");
        }
    }

    private void done() {
        close();
        changed.run();
    }
}
