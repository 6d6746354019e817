package io.peeringconsole.web.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFieldsTest {

    @Test
    void theListHearsTheStrippedTextAndNullOnceTheFieldIsCleared() {
        List<String> heard = new ArrayList<>();
        TextField field = SearchFields.configure(new TextField(), "peer-search", "Search name or domain", heard::add);

        field.setValue("  Acme ");
        field.setValue("   ");
        field.setValue("acme");
        field.clear();

        assertEquals(Arrays.asList("Acme", null, "acme", null), heard);
    }

    @Test
    void everySearchFieldWaitsForAPauseInTyping() {
        TextField field = SearchFields.configure(new TextField(), "account-search", "Search user names", text -> { });
        assertEquals("account-search", field.getId().orElseThrow());
        assertEquals(ValueChangeMode.LAZY, field.getValueChangeMode());
        assertEquals(300, field.getValueChangeTimeout());
        assertTrue(field.isClearButtonVisible());
    }
}
