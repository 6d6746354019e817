package io.peeringconsole.web.ui.snapshot;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.snapshot.application.CandidateView;
import io.peeringconsole.snapshot.application.SnapshotService;
import io.peeringconsole.snapshot.application.SnapshotView;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.FieldErrors;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Configuration snapshots of one local domain (C6): what gateways hold now, what publishing would send (with the
 * gate's reasons and the diff), and the history to roll back to. Publishing and rollback ask first.
 */
@Route(value = "snapshots", layout = MainLayout.class)
@PageTitle("Snapshots")
@RouteScoped
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
public class SnapshotsView extends VerticalLayout implements BeforeEnterObserver {

    static final String KINDS_OF_CHANGE = "Suspending, terminating or expiring an agreement, and a CRL that revokes"
            + " a certificate in use, publish at once (automatic): the peer is withdrawn from the published snapshot"
            + " and nothing else changes. Every other change (new agreements, trust, privacy terms, public groups)"
            + " waits here until someone publishes it.";
    private static final int MAX_PER_CALL = 500;

    private final transient SnapshotService snapshots;
    private final ComboBox<String> domain = new ComboBox<>("Local domain");
    private final Span current = new Span();
    private final CandidatePanel candidate = new CandidatePanel();
    private final Button publish = new Button("Publish");
    private final Grid<SnapshotView> history = new Grid<>();
    private CandidateView shown;

    @Inject
    public SnapshotsView(SnapshotService snapshots, LocalDomainService localDomains) {
        this.snapshots = snapshots;
        addClassName("snapshots-view");
        setSizeFull();
        Set<String> visible = AccessPolicy.visibleLocalDomains(ConsoleSession.operator());
        List<String> domains = localDomains.allNames().stream().filter(n -> visible == null || visible.contains(n))
                .toList();
        configureDomain(domains);
        configurePublish();
        configureHistory();
        current.setId("snapshot-current");
        Paragraph kinds = new Paragraph(KINDS_OF_CHANGE);
        kinds.setId("snapshot-kinds-of-change");
        kinds.addClassName("snapshot-note");
        HorizontalLayout toolbar = new HorizontalLayout(domain, publish);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(toolbar, current, kinds, candidate, new H3("History"), history);
        if (domains.size() == 1) {
            domain.setValue(domains.getFirst());
        } else {
            refresh();
        }
    }

    /** {@code snapshots?domain=example.com} opens that domain, e.g. from a link in a notification. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("domain")
                .filter(name -> domain.getListDataView().contains(name)).ifPresent(domain::setValue);
    }

    private void configureDomain(List<String> domains) {
        domain.setId("snapshot-domain");
        domain.setWidth("24rem");
        domain.setItems(domains);
        domain.setPlaceholder(domains.isEmpty() ? "No local domain you may see" : "Choose a local domain");
        domain.addValueChangeListener(change -> refresh());
    }

    private void configurePublish() {
        publish.setId("snapshot-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> Confirmation.plain("Publish " + shown.localDomain() + "?",
                "Gateways of " + shown.localDomain() + " will receive this configuration ("
                        + Formats.count(shown.changes().size(), "change", "changes") + ", signed with the console's"
                        + " key) as soon as they poll.", "Publish", this::publishShown));
    }

    private void configureHistory() {
        history.setId("snapshot-history");
        history.setSizeFull();
        history.addColumn(SnapshotView::serial).setHeader("Serial").setWidth("6rem").setFlexGrow(0);
        history.addColumn(s -> Formats.time(s.publishedAt())).setHeader("Published").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(SnapshotView::publishedBy).setHeader("By").setFlexGrow(1);
        history.addColumn(s -> Formats.label(s.source())).setHeader("Kind").setFlexGrow(0).setWidth("9rem");
        history.addColumn(SnapshotsView::why).setHeader("Reason").setFlexGrow(2)
                .setTooltipGenerator(SnapshotsView::why);
        history.addColumn(s -> s.contentHash().substring(0, 12)).setHeader("Content hash").setFlexGrow(1);
        history.addComponentColumn(this::rollbackButton).setHeader("").setFlexGrow(0).setWidth("9rem");
        history.setItems(this::fetch, this::count);
        history.setEmptyStateText("Nothing published yet for this local domain.");
    }

    private static String why(SnapshotView snapshot) {
        String reason = snapshot.reason() == null ? "" : snapshot.reason();
        return snapshot.rolledBackTo() == null ? reason : "Content of serial " + snapshot.rolledBackTo() + ": " + reason;
    }

    /** Only earlier snapshots can be rolled back to, and only by those who may publish. */
    private Component rollbackButton(SnapshotView snapshot) {
        if (snapshot.current() || !mayPublish()) {
            return new Span();
        }
        Button rollback = new Button("Roll back", click -> new RollbackDialog(snapshot, this::rollback).open());
        rollback.addClassName("snapshot-rollback");
        rollback.addThemeVariants(ButtonVariant.TERTIARY);
        return rollback;
    }

    private void refresh() {
        shown = null;
        String chosen = domain.getValue();
        if (chosen == null) {
            current.setText("");
            candidate.clear();
        } else {
            Operator op = ConsoleSession.operator();
            UserFeedback.attempt(() -> {
                current.setText(snapshots.current(op, chosen).map(SnapshotsView::describe)
                        .orElse("Nothing published yet: gateways of " + chosen + " have no configuration."));
                shown = snapshots.candidate(op, chosen);
                candidate.show(shown);
            });
        }
        publish.setEnabled(shown != null && shown.publishable() && !shown.unchanged() && mayPublish());
        history.getDataProvider().refreshAll();
    }

    private static String describe(SnapshotView snapshot) {
        return "Gateways hold serial " + snapshot.serial() + " (content hash " + snapshot.contentHash().substring(0, 16)
                + "\u2026), published " + Formats.time(snapshot.publishedAt()) + " by " + snapshot.publishedBy()
                + " (" + Formats.label(snapshot.source()).toLowerCase(Locale.ROOT) + ").";
    }

    private boolean mayPublish() {
        return domain.getValue() != null && AccessPolicy.canAdministerDomain(ConsoleSession.operator(),
                domain.getValue());
    }

    private void publishShown() {
        CandidateView reviewed = shown;
        boolean done = UserFeedback.attempt(() -> UserFeedback.success("Published serial " + snapshots.publish(
                ConsoleSession.operator(), reviewed.localDomain(), reviewed.contentHash()).serial() + " of "
                + reviewed.localDomain() + "."), FieldErrors.NONE, this::refresh);
        if (done) {
            refresh();
        }
    }

    private void rollback(SnapshotView target, String reason) {
        boolean done = UserFeedback.attempt(() -> UserFeedback.success("Rolled back: serial " + snapshots.rollback(
                ConsoleSession.operator(), target.localDomain(), target.serial(), reason).serial() + " carries the"
                + " content of serial " + target.serial() + "."), FieldErrors.NONE, this::refresh);
        if (done) {
            refresh();
        }
    }

    private Stream<SnapshotView> fetch(Query<SnapshotView, Void> query) {
        if (domain.getValue() == null) {
            return Stream.empty();
        }
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL, (offset, limit) -> snapshots
                .history(ConsoleSession.operator(), domain.getValue(), offset, limit).items()).stream();
    }

    private int count(Query<SnapshotView, Void> query) {
        return domain.getValue() == null ? 0
                : (int) snapshots.history(ConsoleSession.operator(), domain.getValue(), 0, 1).total();
    }
}
