package io.peeringconsole.web.ui.session;

import com.vaadin.flow.server.ServiceInitEvent;
import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.web.ui.support.ConsoleErrorHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Installs the console's checks when Vaadin starts (vaadin-cdi fires {@link ServiceInitEvent} as a CDI event):
 * every UI checks each navigation with a {@link NavigationCheck}, and every session turns uncaught failures into
 * messages.
 */
@ApplicationScoped
public class AccessGuard {

    void onServiceInit(@Observes ServiceInitEvent event, AccountService accounts) {
        event.getSource().addUIInitListener(
                init -> init.getUI().addBeforeEnterListener(new NavigationCheck(accounts)));
        event.getSource().addSessionInitListener(
                init -> init.getSession().setErrorHandler(new ConsoleErrorHandler()));
    }
}
