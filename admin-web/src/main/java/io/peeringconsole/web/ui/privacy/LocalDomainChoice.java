package io.peeringconsole.web.ui.privacy;

import com.vaadin.flow.component.combobox.ComboBox;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.LocalDomainView;
import io.peeringconsole.web.ui.session.ConsoleSession;

/** Picks one of the local domains the operator may see, fetched page by page as the list is scrolled or filtered. */
final class LocalDomainChoice {

    private static final int MAX_PER_CALL = 500;

    private LocalDomainChoice() {
    }

    static ComboBox<String> create(String id, LocalDomainService localDomains) {
        ComboBox<String> choice = new ComboBox<>("Local domain");
        choice.setId(id);
        choice.setPlaceholder("Choose a local domain");
        choice.setWidth("22rem");
        choice.setItems(query -> localDomains.list(ConsoleSession.operator(), query.getFilter().orElse(null),
                        query.getOffset(), Math.min(query.getLimit(), MAX_PER_CALL)).items().stream()
                .map(LocalDomainView::name));
        return choice;
    }
}
