package io.peeringconsole.web.ui.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.PageTitle;
import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.support.UserFeedback;
import java.util.Optional;

/**
 * Before any view opens: anonymous users go to the login view, signed-in users to the peer list instead of a view
 * their roles do not cover. The operator is read afresh from the account on each navigation, so that a disabled
 * account or changed roles take effect without waiting for the session to expire.
 */
final class NavigationCheck implements BeforeEnterListener {

    private final transient AccountService accounts;

    NavigationCheck(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<Operator> operator = refreshedOperator();
        if (target == LoginView.class) {
            operator.ifPresent(signedIn -> event.forwardTo(PeerNetworksView.class));
        } else if (operator.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (!ViewAccess.allows(target, operator.get())) {
            UserFeedback.error("Access denied: your role does not include " + viewName(target) + ".");
            event.forwardTo(PeerNetworksView.class);
        }
    }

    private Optional<Operator> refreshedOperator() {
        Optional<Operator> signedIn = ConsoleSession.current();
        if (signedIn.isEmpty()) {
            return signedIn;
        }
        Optional<Operator> fresh = accounts.operatorFor(signedIn.get().username(), signedIn.get().sourceAddress());
        fresh.ifPresentOrElse(ConsoleSession::replace, ConsoleSession::forget);
        return fresh;
    }

    private static String viewName(Class<?> target) {
        PageTitle title = target.getAnnotation(PageTitle.class);
        return title == null ? "this page" : "“" + title.value() + "”";
    }
}
