package io.peeringconsole.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) as problem details too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        String detail = switch (status) {
            case 400 -> "The request could not be read: " + summary(e) + ". Send a JSON body as the API documents it.";
            case 404 -> "There is no such resource. Check the path against the API under /api/v1.";
            case 405 -> "This resource does not accept that HTTP method.";
            case 406 -> "The API answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> summary(e);
        };
        return Problem.response(original.getStatusInfo(), original.getStatusInfo().getReasonPhrase(), detail).build();
    }

    private static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
