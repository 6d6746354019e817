package io.peeringconsole.web.ui.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Failures no view caught still reach the user through {@link UserFeedback}, instead of a stack trace. */
public final class ConsoleErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(ConsoleErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        if (UI.getCurrent() == null) {
            LOG.log(Level.SEVERE, "Unexpected failure outside any console view", event.getThrowable());
            return;
        }
        UserFeedback.report(event.getThrowable(), FieldErrors.NONE, null);
    }
}
