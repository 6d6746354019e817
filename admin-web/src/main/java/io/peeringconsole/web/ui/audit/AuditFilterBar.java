package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.peeringconsole.audit.application.AuditFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The audit trail's filters: time range (UTC, as the console shows every time), actor, actions, target, local domain,
 * outcome, free text, and a known value to match against sensitive fields. Fires the narrowed filter on every change;
 * a filter that cannot hold (an inverted range, a target id without a type) is shown at its field and not fired.
 */
final class AuditFilterBar extends FormLayout {

    static final String ANY_OUTCOME = "Any outcome";

    final DateTimePicker from = dateTime("audit-from", "From (UTC)");
    final DateTimePicker to = dateTime("audit-to", "To (UTC)");
    final TextField actor = text("audit-actor", "Actor");
    final MultiSelectComboBox<String> actions = new MultiSelectComboBox<>("Actions");
    final TextField targetType = text("audit-target-type", "Target type");
    final TextField targetId = text("audit-target-id", "Target id");
    final TextField domain = text("audit-domain", "Local domain");
    final Select<String> outcome = new Select<>();
    final TextField search = text("audit-search", "Search");
    final TextField match = text("audit-match", "Match a value");
    private final AuditFilter scope;
    private final Consumer<AuditFilter> onChange;
    private final UnaryOperator<String> keyedHash;
    private String matchedHash;

    /**
     * @param scope     the reader's scope, which every fired filter keeps
     * @param keyedHash what the trail stores for a value (recorded as a look-up)
     * @param onChange  receives each new filter
     */
    AuditFilterBar(AuditFilter scope, Collection<String> knownActions, UnaryOperator<String> keyedHash,
            Consumer<AuditFilter> onChange) {
        this.scope = scope;
        this.keyedHash = keyedHash;
        this.onChange = onChange;
        setId("audit-filters");
        addClassName("audit-filters");
        configureChoices(knownActions);
        search.setPlaceholder("Action, actor or target");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        match.setPlaceholder("e.g. a user name typed at a failed login");
        match.setHelperText("Finds entries that hold it, also as a keyed hash");
        Button matchButton = new Button("Match", VaadinIcon.KEY.create(), click -> matchValue());
        matchButton.setId("audit-match-button");
        match.setSuffixComponent(matchButton);
        Button clear = new Button("Clear filters", click -> clear());
        clear.setId("audit-clear-filters");
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        add(from, to, actor, actions, targetType, targetId, domain, outcome, search, match, clear);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 4),
                new ResponsiveStep("100em", 6));
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {from, to, actor, actions, targetType, targetId, domain,
                outcome, search}) {
            field.addValueChangeListener(change -> fire());
        }
    }

    private void configureChoices(Collection<String> knownActions) {
        actions.setId("audit-actions");
        actions.setItems(knownActions);
        actions.setClearButtonVisible(true);
        actions.setPlaceholder("Any action");
        outcome.setId("audit-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(ANY_OUTCOME, "SUCCESS", "FAILURE");
        outcome.setValue(ANY_OUTCOME);
    }

    /**
     * Fills the fields from audit filter parameters as {@code /api/v1/audit} takes them ({@code action}, {@code actor},
     * {@code from}, {@code to}, {@code domain}, {@code outcome}, {@code targetType}, {@code targetId}, {@code q});
     * a value that does not parse is left out rather than guessed.
     */
    void preset(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            switch (name) {
                case "action" -> actions.setValue(Set.of(value.split(",")));
                case "actor" -> actor.setValue(value);
                case "from" -> utcPicker(from, value);
                case "to" -> utcPicker(to, value);
                case "domain" -> domain.setValue(value);
                case "outcome" -> outcome.setValue(outcome.getListDataView().contains(value) ? value : ANY_OUTCOME);
                case "targetType" -> targetType.setValue(value);
                case "targetId" -> targetId.setValue(value);
                case "q" -> search.setValue(value);
                default -> {
                    // not a filter of this view
                }
            }
        });
    }

    private static void utcPicker(DateTimePicker picker, String instant) {
        try {
            picker.setValue(LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException ignored) {
            // left empty: the view shows what it could read
        }
    }

    /** The filter as the fields say, or {@code null} (with the fault shown at its field) when it cannot hold. */
    AuditFilter current() {
        clearErrors();
        Instant start = utc(from.getValue());
        Instant end = utc(to.getValue());
        if (start != null && end != null && !start.isBefore(end)) {
            return invalid(to, "Choose an end after the start of the range.");
        }
        if (!targetId.isEmpty() && targetType.isEmpty()) {
            return invalid(targetType, "Give the target type too, e.g. PeerNetwork.");
        }
        return scope.withText(search.getValue()).aboutTarget(targetType.getValue(), targetId.getValue())
                .between(start, end).byActor(actor.getValue()).withActions(actions.getValue())
                .inDomain(domain.getValue())
                .withOutcome(ANY_OUTCOME.equals(outcome.getValue()) ? null : outcome.getValue())
                .containing(matchedHash).sortedBy(scope.sort());
    }

    private void matchValue() {
        String value = match.getValue();
        if (value.isEmpty()) {
            matchedHash = null;
        } else {
            matchedHash = keyedHash.apply(value);
            // The clear value has done its job; it should not linger on the screen.
            match.clear();
            match.setHelperText("Matching the keyed hash " + matchedHash.substring(0, 24) + "…");
        }
        fire();
    }

    private void clear() {
        matchedHash = null;
        match.setHelperText("Finds entries that hold it, also as a keyed hash");
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {from, to, actor, actions, targetType, targetId, domain,
                search, match}) {
            field.clear();
        }
        outcome.setValue(ANY_OUTCOME);
        fire();
    }

    private void fire() {
        AuditFilter filter = current();
        if (filter != null) {
            onChange.accept(filter);
        }
    }

    private AuditFilter invalid(Component field, String message) {
        if (field instanceof DateTimePicker picker) {
            picker.setErrorMessage(message);
            picker.setInvalid(true);
        } else if (field instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        }
        return null;
    }

    private void clearErrors() {
        to.setInvalid(false);
        targetType.setInvalid(false);
    }

    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static DateTimePicker dateTime(String id, String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setId(id);
        // A 24-hour clock and ISO dates, as every time in the console is written (UTC).
        picker.setLocale(Locale.UK);
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n();
        iso.setDateFormat("yyyy-MM-dd");
        picker.setDatePickerI18n(iso);
        picker.setDatePlaceholder("yyyy-mm-dd");
        picker.setTimePlaceholder("hh:mm");
        return picker;
    }

    private static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        return field;
    }
}
