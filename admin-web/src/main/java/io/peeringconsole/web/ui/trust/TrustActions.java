package io.peeringconsole.web.ui.trust;

import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PinView;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The trust changes an operator makes from any trust page, each carried out as the signed-in operator, asked
 * about first where it cannot be undone, and reported through {@link UserFeedback}. {@code refresh} reloads what
 * the page shows, after a success and after a conflict alike.
 */
final class TrustActions {

    private final PeerTrustService trust;

    TrustActions(PeerTrustService trust) {
        this.trust = trust;
    }

    void importCertificates(long peerNetworkId, TrustImportPanel.ImportEvent event, Runnable refresh) {
        importInto(event, () -> ImportSummary.of(
                trust.importCertificates(ConsoleSession.operator(), peerNetworkId, event.content()),
                "certificate", "certificates"), refresh);
    }

    /** @param peerNetworkId null for a global anchor */
    void importAnchors(Long peerNetworkId, TrustImportPanel.ImportEvent event, Runnable refresh) {
        importInto(event, () -> ImportSummary.of(
                trust.importAnchors(ConsoleSession.operator(), peerNetworkId, event.content()),
                "trust anchor", "trust anchors"), refresh);
    }

    void importCrl(TrustImportPanel.ImportEvent event, Runnable refresh) {
        importInto(event, () -> ImportSummary.ofCrl(trust.importCrl(ConsoleSession.operator(), event.content())),
                refresh);
    }

    private static void importInto(TrustImportPanel.ImportEvent event, Supplier<ImportSummary> call, Runnable refresh) {
        TrustImportPanel panel = event.getSource();
        AtomicReference<ImportSummary> summary = new AtomicReference<>();
        boolean imported = UserFeedback.attempt(() -> summary.set(call.get()),
                (field, message) -> panel.showRefusal(message, event.origin()), refresh);
        if (imported) {
            panel.showSummary(summary.get(), event.origin());
            refresh.run();
            UserFeedback.success(summary.get().headline());
        }
    }

    void confirmRemove(CertificateView certificate, Runnable refresh) {
        String what = CertificateText.purpose(certificate).toLowerCase(Locale.ROOT);
        Confirmation.dangerous("Remove " + what + "?", "Remove the " + what + " " + certificate.subject()
                + " (SHA-256 " + certificate.sha256Fingerprint() + ")? Verdicts that rely on it change at once, and"
                + " gateways stop trusting it with the next published configuration.", "Remove",
                () -> remove(certificate, what, refresh));
    }

    private void remove(CertificateView certificate, String what, Runnable refresh) {
        boolean removed = UserFeedback.attempt(
                () -> trust.remove(ConsoleSession.operator(), certificate.id(), certificate.version()),
                (field, message) -> false, refresh);
        if (removed) {
            refresh.run();
            UserFeedback.success("Removed the " + what + " " + CertificateText.commonName(certificate) + ".");
        }
    }

    void addPin(long peerNetworkId, PinsPanel.AddEvent event, Runnable refresh) {
        PinsPanel panel = event.getSource();
        boolean added = UserFeedback.attempt(
                () -> trust.addPin(ConsoleSession.operator(), peerNetworkId, event.spkiPin(), event.note()),
                panel::showFieldError, refresh);
        if (added) {
            panel.clearForm();
            refresh.run();
            UserFeedback.success("Pinned the key " + event.spkiPin() + ".");
        }
    }

    void confirmRemovePin(PinView pin, Runnable refresh) {
        Confirmation.dangerous("Remove pin?", "Stop trusting the key " + pin.spkiPin() + " by its pin? Unless a"
                + " certificate chain vouches for it, the peer's gateways will no longer be accepted with that key.",
                "Remove", () -> {
                    if (UserFeedback.attempt(() -> trust.removePin(ConsoleSession.operator(), pin.id()))) {
                        refresh.run();
                        UserFeedback.success("Removed the pin " + pin.spkiPin() + ".");
                    }
                });
    }

    void scheduleRollover(RolloverDialog.ScheduleEvent event, Runnable refresh) {
        RolloverPlan plan = event.plan();
        RolloverDialog dialog = event.getSource();
        boolean scheduled = UserFeedback.attempt(() -> trust.scheduleRollover(ConsoleSession.operator(),
                plan.incoming().id(), plan.outgoing().id(), plan.overlapUntil()), dialog::showFieldError, refresh);
        if (scheduled) {
            dialog.close();
            refresh.run();
            UserFeedback.success(CertificateText.commonName(plan.incoming()) + " takes over from "
                    + CertificateText.commonName(plan.outgoing()) + "; both are trusted until "
                    + Formats.time(plan.overlapUntil()) + ".");
        }
    }
}
