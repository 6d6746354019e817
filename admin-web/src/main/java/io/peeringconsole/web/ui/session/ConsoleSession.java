package io.peeringconsole.web.ui.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.peeringconsole.access.domain.Operator;
import java.util.Optional;

/** The operator signed in to the current Vaadin session. */
public final class ConsoleSession {

    /** Where the browser goes after signing out; relative, so it works under any context root. */
    static final String LOGIN_LOCATION = "login";

    private ConsoleSession() {
    }

    public static Optional<Operator> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Operator.class));
    }

    /** The signed-in operator; views may rely on it since {@link AccessGuard} lets no anonymous user reach them. */
    public static Operator operator() {
        return current().orElseThrow(() -> new IllegalStateException("No operator is signed in to this session"));
    }

    /**
     * Signs the operator in under a new HTTP session id, so that an id planted before login (session fixation)
     * is worthless afterwards.
     */
    public static void signIn(Operator operator) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(Operator.class, operator);
    }

    /** Keeps the session up to date with the account, e.g. after an administrator changed its roles. */
    static void replace(Operator operator) {
        VaadinSession.getCurrent().setAttribute(Operator.class, operator);
    }

    /** Forgets the operator without ending the session, e.g. when the account was disabled meanwhile. */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Operator.class, null);
        }
    }

    /** Ends the HTTP session and sends the browser to the login page. */
    public static void signOut() {
        UI.getCurrent().getPage().setLocation(LOGIN_LOCATION);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Operator.class, null);
        session.getSession().invalidate();
    }
}
