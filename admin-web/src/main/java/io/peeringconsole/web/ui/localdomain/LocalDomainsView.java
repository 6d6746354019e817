package io.peeringconsole.web.ui.localdomain;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.LocalDomainView;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.SearchFields;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * The local domains this console administers. Everyone signed in sees the ones in their scope; only administrators
 * add, rename or remove them, so only they get the buttons and the editor.
 */
@Route(value = "local-domains", layout = MainLayout.class)
@PageTitle("Local domains")
@RouteScoped
public class LocalDomainsView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient LocalDomainService localDomains;
    private final boolean mayManage;
    private final Grid<LocalDomainView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final LocalDomainForm form = new LocalDomainForm();
    private final Dialog editor = new Dialog(form);
    private String text;

    @Inject
    public LocalDomainsView(LocalDomainService localDomains) {
        this.localDomains = localDomains;
        this.mayManage = AccessPolicy.canManageLocalDomains(ConsoleSession.operator());
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        configureEditor();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("local-domain-grid");
        grid.setSizeFull();
        grid.addColumn(LocalDomainView::name).setHeader("Domain name").setFlexGrow(1);
        grid.addColumn(LocalDomainView::displayName).setHeader("Display name").setFlexGrow(2);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        if (mayManage) {
            grid.addItemClickListener(click -> open(LocalDomainFormData.of(click.getItem())));
        }
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "local-domain-search", "Search local domains", typed -> {
            text = typed;
            grid.setEmptyStateText(emptyStateText());
            grid.getDataProvider().refreshAll();
        });
        Button add = new Button("New local domain", VaadinIcon.PLUS.create(), click -> open(LocalDomainFormData.blank()));
        add.setId("new-local-domain");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(mayManage);
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void configureEditor() {
        editor.setId("local-domain-editor");
        editor.setCloseOnOutsideClick(false);
        form.addSaveListener(event -> save(event.data()));
        form.addDeleteListener(event -> Confirmation.dangerous("Delete local domain?", "Delete local domain "
                + event.data().getName() + "? This cannot be undone.", "Delete", () -> delete(event.data())));
        form.addCloseListener(event -> editor.close());
    }

    private String emptyStateText() {
        if (text != null) {
            return "No local domain matches “" + text + "”.";
        }
        return mayManage ? "No local domains yet — add the first one with “New local domain”."
                : "No local domains are assigned to you yet; an administrator can assign them.";
    }

    private Stream<LocalDomainView> fetch(Query<LocalDomainView, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> localDomains.list(ConsoleSession.operator(), text, offset, limit).items()).stream();
    }

    private int count(Query<LocalDomainView, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, localDomains.list(ConsoleSession.operator(), text, 0, 1).total());
    }

    private void open(LocalDomainFormData data) {
        editor.setHeaderTitle(data.isNew() ? "New local domain" : "Edit " + data.getName());
        form.edit(data, mayManage);
        editor.open();
    }

    private void save(LocalDomainFormData data) {
        boolean saved = UserFeedback.attempt(() -> {
            if (data.isNew()) {
                localDomains.create(ConsoleSession.operator(), data.getName(), data.getDisplayName());
            } else {
                localDomains.update(ConsoleSession.operator(), data.getId(), data.getVersion(), data.getDisplayName());
            }
        }, form::showFieldError, () -> reload(data));
        finish(saved, "Saved " + data.getName() + ".");
    }

    private void delete(LocalDomainFormData data) {
        boolean deleted = UserFeedback.attempt(
                () -> localDomains.delete(ConsoleSession.operator(), data.getId(), data.getVersion()),
                form::showFieldError, () -> reload(data));
        finish(deleted, "Deleted " + data.getName() + ".");
    }

    private void finish(boolean done, String message) {
        if (done) {
            editor.close();
            grid.getDataProvider().refreshAll();
            UserFeedback.success(message);
        }
    }

    /** After a conflict: start again from what is stored now, or leave if it is gone. */
    private void reload(LocalDomainFormData stale) {
        grid.getDataProvider().refreshAll();
        localDomains.find(stale.getName()).ifPresentOrElse(fresh -> open(LocalDomainFormData.of(fresh)), () -> {
            editor.close();
            UserFeedback.error("The local domain " + stale.getName() + " no longer exists; someone deleted it meanwhile.");
        });
    }
}
