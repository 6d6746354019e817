package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.Objects;

/**
 * Between the clearing house a person picks and the id a command carries. An id that is no longer offered (the
 * clearing house was deleted meanwhile) shows as no choice rather than failing the whole form.
 */
final class ClearingHouseChoice implements Converter<ClearingHouseOption, Long> {

    private List<ClearingHouseOption> options = List.of();

    void offer(List<ClearingHouseOption> offered) {
        options = List.copyOf(offered);
    }

    @Override
    public Result<Long> convertToModel(ClearingHouseOption option, ValueContext context) {
        return Result.ok(option == null ? null : option.id());
    }

    @Override
    public ClearingHouseOption convertToPresentation(Long id, ValueContext context) {
        return options.stream().filter(option -> Objects.equals(option.id(), id)).findFirst().orElse(null);
    }
}
