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
 * same metrics. A publish writes the same snapshot to every poll it wakes, so its header values are made once per
 * snapshot, not once per poll.
 *
 * <p>Called once per answered poll, its methods are public: Weld's client proxy calls a public method directly and a
 * package-private one through reflection, which a profile of a publish waking 10,000 polls showed.
 */
@ApplicationScoped
public class SnapshotWrites {

    @Inject
    GatewayMetrics metrics;

    /** The header values of the snapshot written last; one of another domain replaces it. */
    private volatile Identity last = new Identity(null, "", "");

    private record Identity(PublishedSnapshot snapshot, String etag, String serial) {
    }

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

    private void identify(HttpServletResponse response, PublishedSnapshot snapshot) {
        Identity identity = last;
        if (identity.snapshot() != snapshot) {
            identity = new Identity(snapshot, '"' + snapshot.contentHash() + '"', Long.toString(snapshot.serial()));
            last = identity;
        }
        response.setHeader(HttpHeaders.ETAG, identity.etag());
        response.setHeader(SnapshotResponses.SERIAL_HEADER, identity.serial());
        response.setHeader(HttpHeaders.CACHE_CONTROL, SnapshotResponses.NO_CACHE);
    }
}
