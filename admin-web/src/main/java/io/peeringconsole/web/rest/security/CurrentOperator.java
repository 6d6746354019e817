package io.peeringconsole.web.rest.security;

import io.peeringconsole.access.domain.Operator;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated operator of the current API request, set by {@link ApiAuthenticationFilter}. */
@RequestScoped
public class CurrentOperator {

    private Operator operator;

    void set(Operator operator) {
        this.operator = operator;
    }

    public Operator get() {
        if (operator == null) {
            throw new IllegalStateException("No operator is authenticated for this request");
        }
        return operator;
    }
}
