package io.peeringconsole.web.rest.problem;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code detail} is written for the person who will read it and says what to do;
 * {@code field} names the input member at fault, when there is one.
 */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response.ResponseBuilder response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, field));
    }
}
