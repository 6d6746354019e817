package io.peeringconsole.web.ui.support;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The search field above a list, alike in every view: a magnifier, a clear button, and a search that starts when
 * typing pauses (300 ms) rather than at every key, since each search is a query over a list that may hold 100,000 rows.
 */
public final class SearchFields {

    private static final int PAUSE_MILLIS = 300;

    private SearchFields() {
    }

    /** Sets {@code field} up; {@code onText} gets what was typed, stripped, or null once the field is empty. */
    public static TextField configure(TextField field, String id, String placeholder, Consumer<String> onText) {
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        field.addValueChangeListener(change -> onText.accept(
                change.getValue() == null || change.getValue().isBlank() ? null : change.getValue().strip()));
        return field;
    }
}
