package io.peeringconsole.web.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.peeringconsole.audit.application.AuditBusyException;
import io.peeringconsole.audit.application.AuditUnavailableException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.DomainException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where the outcome of an action becomes a message. Domain failures carry messages written for
 * people and are shown as they are; anything else is logged with a reference the user can quote.
 */
public final class UserFeedback {

    private static final Logger LOG = Logger.getLogger(UserFeedback.class.getName());
    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 8000;
    static final String AUDIT_UNAVAILABLE = "The change was not made: the audit trail could not record it, and the"
            + " console makes no change it cannot account for. Nothing was stored. Try again later, or ask the"
            + " operator to check the database.";
    static final String AUDIT_BUSY = "The change was not made: other changes were being recorded (a large publish"
            + " or batch, for example) for longer than it could wait. Nothing was stored; try again in a few seconds.";

    private UserFeedback() {
    }

    /** Runs an action; a failure is reported, with no field to show rule violations next to. */
    public static boolean attempt(Runnable action) {
        return attempt(action, FieldErrors.NONE, null);
    }

    /**
     * Runs an action and reports its failure.
     *
     * @param fields shows a rule violation next to its field, where it can
     * @param reload offered on a conflict (a stale edit), to start again from what is stored; may be null
     * @return whether the action succeeded
     */
    public static boolean attempt(Runnable action, FieldErrors fields, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            report(failure, fields, reload);
            return false;
        }
    }

    public static void report(Throwable failure, FieldErrors fields, Runnable reload) {
        if (auditBusy(failure)) {
            LOG.log(Level.WARNING, "A change was refused because the audit chain stayed busy", failure);
            error(AUDIT_BUSY);
            return;
        }
        if (auditUnavailable(failure)) {
            LOG.log(Level.SEVERE, "A change was refused because the audit trail could not record it", failure);
            error(AUDIT_UNAVAILABLE);
            return;
        }
        switch (domainCause(failure)) {
            case null -> unexpected(failure);
            case RuleViolationException rule when rule.field() != null && fields.show(rule.field(), rule.getMessage()) -> {
                // shown next to its field
            }
            case ConflictException conflict when reload != null -> conflict(conflict.getMessage(), reload);
            case DomainException domain -> error(domain.getMessage());
        }
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private static void conflict(String message, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button("Reload", click -> {
            notification.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button dismiss = new Button("Dismiss", click -> notification.close());
        dismiss.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout content = new HorizontalLayout(new Span(message), reloadButton, dismiss);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private static void unexpected(Throwable failure) {
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.log(Level.SEVERE, "Unexpected failure in the console UI, reference " + reference, failure);
        error("Something went wrong and the change was not made. The error was logged with reference " + reference
                + "; please try again or tell an administrator.");
    }

    /** A failed audit write refuses the change it belongs to; it may sit anywhere in the cause chain. */
    static boolean auditUnavailable(Throwable failure) {
        return causedBy(failure, AuditUnavailableException.class);
    }

    /** A change that waited too long for the audit chain: nothing is wrong, it can simply be tried again. */
    static boolean auditBusy(Throwable failure) {
        return causedBy(failure, AuditBusyException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Services may arrive wrapped (transactions, EJB containers): the domain's own message is what counts. */
    static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
