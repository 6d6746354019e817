package io.peeringconsole.web.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code detail} is written for the person who will read it and says what to do;
 * {@code field} names the input member at fault, when there is one; {@code reasons}, when a refusal has several
 * (the activation gate's), lists each one so a client can show them one by one, and is absent otherwise.
 */
public record Problem(String type, String title, int status, String detail, String field, List<Reason> reasons) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One of several reasons for a refusal: a stable code for programs, and a message a person can act on. */
    public record Reason(String code, String message) {
    }

    public Problem {
        reasons = reasons == null ? null : List.copyOf(reasons);
    }

    public Problem(String type, String title, int status, String detail, String field) {
        this(type, title, status, detail, field, null);
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, field));
    }

    public static Response.ResponseBuilder withReasons(Response.StatusType status, String title, String detail,
            List<Reason> reasons) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, null, reasons));
    }
}
