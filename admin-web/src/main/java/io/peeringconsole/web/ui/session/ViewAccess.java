package io.peeringconsole.web.ui.session;

import io.peeringconsole.access.domain.Operator;
import java.util.Arrays;

/** Whether an operator may open a view, by the view's {@link RequiresRole}. */
public final class ViewAccess {

    private ViewAccess() {
    }

    public static boolean allows(Class<?> view, Operator operator) {
        RequiresRole required = view.getAnnotation(RequiresRole.class);
        return required == null || Arrays.stream(required.value()).anyMatch(operator::has);
    }
}
