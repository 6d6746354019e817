package io.peeringconsole.web.rest.problem;

import io.peeringconsole.audit.application.AuditBusyException;
import io.peeringconsole.audit.application.AuditUnavailableException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims. A busy or failed audit write and a lost optimistic race are recognised wherever
 * they sit in the cause chain (transaction interceptors wrap them); the rest is logged with an id that the
 * answer repeats, so that an operator can find it without the client seeing a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuditBusyException) {
                LOG.log(Level.WARNING, "A change was refused because the audit chain stayed busy", e);
                return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Busy",
                        "Other changes were being recorded (a large publish or batch, for example) for longer than this"
                                + " one could wait. Nothing was stored; send the same request again in a few seconds.")
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            if (cause instanceof AuditUnavailableException) {
                LOG.log(Level.SEVERE, "A change was refused because the audit trail could not record it", e);
                return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Audit trail unavailable",
                        "The change was not made because the audit trail could not record it. Nothing was stored; "
                                + "try again later or ask the operator to check the database.").build();
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON",
                        "The body is not the JSON this resource expects. Check the member names and types.").build();
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.response(Response.Status.CONFLICT, "Conflict",
                        "Someone else changed this record at the same time. Reload it and apply your change again.").build();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The console failed unexpectedly; nothing was changed. Incident " + incident + " is in the server log.").build();
    }
}
