package io.peeringconsole.web.rest.problem;

import io.peeringconsole.agreement.domain.GateRefusedException;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.DomainException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.snapshot.domain.PublishRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused domain rule becomes the matching 4xx, with the domain's own message as the detail; a refusal by the
 * activation gate lists each of its reasons as well.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof GateRefusedException refused) {
            return Problem.withReasons(Status422.INSTANCE, "Refused by the activation gate", refused.getMessage(),
                    refused.reasons().stream().map(r -> new Problem.Reason(r.code(), r.message())).toList()).build();
        }
        if (e instanceof PublishRefusedException refused) {
            return Problem.withReasons(Status422.INSTANCE, "Refused by the publish gate", refused.getMessage(),
                    refused.refusals().stream().map(r -> new Problem.Reason(r.code(), r.message())).toList()).build();
        }
        if (e instanceof RuleViolationException violation) {
            return Problem.response(Status422.INSTANCE, "Invalid input", violation.getMessage(), violation.field()).build();
        }
        if (e instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, "Not found", e.getMessage()).build();
        }
        if (e instanceof ConflictException) {
            return Problem.response(Response.Status.CONFLICT, "Conflict", e.getMessage()).build();
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Response.Status.FORBIDDEN, "Forbidden", e.getMessage()).build();
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Refused", e.getMessage()).build();
    }

    /** 422 Unprocessable Content, which JAX-RS does not name. */
    enum Status422 implements Response.StatusType {
        INSTANCE;

        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
