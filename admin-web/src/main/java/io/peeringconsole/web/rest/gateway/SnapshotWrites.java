package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * The answers of {@link SnapshotResponses} written straight to a servlet response by {@link SnapshotFastPath}, byte
 * for byte what JAX-RS writes for them (ETag quoted, {@code X-Snapshot-Serial}, {@code no-cache}), and counted in the
 * same metrics.
 *
 * <p>Called once per answered poll, its methods are public: Weld's client proxy calls a public method directly and a
 * package-private one through reflection, which a profile of a publish waking 10,000 polls showed.
 */
@ApplicationScoped
public class SnapshotWrites {

    @Inject
    GatewayMetrics metrics;

    public void notModified(HttpServletResponse response, PublishedSnapshot snapshot) {
        metrics.notModified();
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        identify(response, snapshot);
    }

    public void served(HttpServletResponse response, PublishedSnapshot snapshot) throws IOException {
        metrics.served();
        byte[] body = snapshot.content();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setContentLength(body.length);
        identify(response, snapshot);
        response.getOutputStream().write(body);
    }

    private static void identify(HttpServletResponse response, PublishedSnapshot snapshot) {
        response.setHeader(HttpHeaders.ETAG, '"' + snapshot.contentHash() + '"');
        response.setHeader(SnapshotResponses.SERIAL_HEADER, Long.toString(snapshot.serial()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, SnapshotResponses.NO_CACHE);
    }
}
