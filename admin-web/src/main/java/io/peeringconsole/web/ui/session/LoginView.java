package io.peeringconsole.web.ui.session;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.access.application.AuthenticationResult;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Signing in with a console account. A rejection shows the same neutral message whatever the reason (unknown user,
 * wrong password, locked or disabled account), so that the form does not tell which accounts exist.
 */
@Route("login")
@PageTitle("Sign in")
@RouteScoped
public class LoginView extends VerticalLayout {

    private final transient AccountService accounts;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        configureForm();
        configureLayout();
    }

    private void configureForm() {
        form.setId("login-form");
        form.setI18n(texts());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
    }

    private void configureLayout() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(form);
    }

    private void signIn(LoginEvent event) {
        char[] password = event.getPassword().toCharArray();
        try {
            boolean answered = UserFeedback.attempt(() -> handle(
                    accounts.authenticate(event.getUsername(), password, sourceAddress(), true)));
            if (!answered) {
                form.setEnabled(true);
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void handle(AuthenticationResult result) {
        switch (result) {
            case AuthenticationResult.Authenticated authenticated -> {
                ConsoleSession.signIn(authenticated.operator());
                UI.getCurrent().navigate(PeerNetworksView.class);
            }
            case AuthenticationResult.Rejected rejected -> form.setError(true);
        }
    }

    private static String sourceAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Peering Console");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check the username and password and try again. "
                + "After repeated failures an account is locked for a while.");
        return i18n;
    }
}
