package io.peeringconsole.web.ui.account;

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
import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.access.application.AccountView;
import io.peeringconsole.access.application.NewAccount;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.SearchFields;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Console accounts: who may sign in, with which roles; administrators create, disable and enable them. */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts")
@RequiresRole(Role.ADMIN)
@RouteScoped
public class AccountsView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient AccountService accounts;
    private final transient LocalDomainService localDomains;
    private final Grid<AccountView> grid = new Grid<>();
    private final AccountForm form = new AccountForm();
    private final Dialog editor = new Dialog(form);
    private final TextField search = new TextField();
    private String text;

    @Inject
    public AccountsView(AccountService accounts, LocalDomainService localDomains) {
        this.accounts = accounts;
        this.localDomains = localDomains;
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        configureEditor();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("account-grid");
        grid.setSizeFull();
        grid.addColumn(AccountView::username).setHeader("User name").setFlexGrow(1);
        grid.addColumn(account -> account.roles().stream().sorted().map(Formats::label)
                .collect(Collectors.joining(", "))).setHeader("Roles").setFlexGrow(2);
        grid.addColumn(account -> Formats.joined(account.localDomains().stream().sorted().toList()))
                .setHeader("Local domains").setFlexGrow(2);
        grid.addColumn(AccountsView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(account -> Formats.time(account.lastLoginAt())).setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::enablement).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(emptyStateText());
        grid.setItems(this::fetch, this::count);
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "account-search", "Search user names", typed -> {
            text = typed;
            grid.setEmptyStateText(emptyStateText());
            grid.getDataProvider().refreshAll();
        });
        Button add = new Button("New account", VaadinIcon.PLUS.create(), click -> create());
        add.setId("new-account");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void configureEditor() {
        editor.setId("account-editor");
        editor.setHeaderTitle("New account");
        editor.setCloseOnOutsideClick(false);
        form.addSaveListener(event -> save(event.command()));
        form.addCloseListener(event -> editor.close());
    }

    private String emptyStateText() {
        return text == null ? "No accounts." : "No user name contains “" + text + "”.";
    }

    private static String status(AccountView account) {
        if (!account.enabled()) {
            return "Disabled";
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            return "Locked until " + Formats.time(account.lockedUntil());
        }
        return "Enabled";
    }

    private Button enablement(AccountView account) {
        Button button = new Button(account.enabled() ? "Disable" : "Enable", click -> confirmEnablement(account));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        if (account.enabled()) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        return button;
    }

    private Stream<AccountView> fetch(Query<AccountView, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> accounts.list(ConsoleSession.operator(), text, offset, limit).items()).stream();
    }

    private int count(Query<AccountView, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, accounts.list(ConsoleSession.operator(), text, 0, 1).total());
    }

    private void create() {
        form.start(localDomains.allNames());
        editor.open();
    }

    private void save(NewAccount command) {
        try {
            boolean created = UserFeedback.attempt(() -> accounts.create(ConsoleSession.operator(), command),
                    form::showFieldError, null);
            if (created) {
                editor.close();
                grid.getDataProvider().refreshAll();
                UserFeedback.success("Created the account " + command.username() + ".");
            }
        } finally {
            Arrays.fill(command.password(), '\0');
        }
    }

    private void confirmEnablement(AccountView account) {
        if (account.enabled()) {
            Confirmation.dangerous("Disable account?", "Disable the account " + account.username()
                    + "? It can no longer sign in until an administrator enables it again.", "Disable",
                    () -> change(() -> accounts.disable(ConsoleSession.operator(), account.id()),
                            "Disabled " + account.username() + "."));
        } else {
            Confirmation.plain("Enable account?", "Enable the account " + account.username()
                    + "? It can sign in again with its password.", "Enable",
                    () -> change(() -> accounts.enable(ConsoleSession.operator(), account.id()),
                            "Enabled " + account.username() + "."));
        }
    }

    private void change(Runnable action, String done) {
        if (UserFeedback.attempt(action)) {
            grid.getDataProvider().refreshAll();
            UserFeedback.success(done);
        }
    }
}
