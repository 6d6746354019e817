package io.peeringconsole.web.rest.trust;

import io.peeringconsole.web.rest.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded certificate, chain, CRL or CSR with a hard size limit, so that an oversized upload is refused
 * with 413 before it is held in memory.
 */
public final class UploadedBytes {

    static final int MAX_BYTES = 1024 * 1024;

    private UploadedBytes() {
    }

    public static byte[] read(InputStream body) {
        if (body == null) {
            throw refused(Response.Status.BAD_REQUEST, "Send the file as the request body (PEM or DER).");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The upload is larger than 1 MiB; certificates, chains, CRLs and CSRs are far smaller. Check that this is the right file.");
            }
            if (bytes.length == 0) {
                throw refused(Response.Status.BAD_REQUEST, "The upload is empty: send the certificate, chain, CRL or CSR as the body.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebApplicationException refused(Response.Status status, String detail) {
        return new WebApplicationException(Problem.response(status, status.getReasonPhrase(), detail).build());
    }
}
