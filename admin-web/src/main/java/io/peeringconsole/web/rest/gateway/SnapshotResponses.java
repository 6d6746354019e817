package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.domain.SnapshotRequest;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The HTTP form of a snapshot answer, the same whether given at once or after a long poll: body bytes as published,
 * ETag = content hash, {@code X-Snapshot-Serial}, and {@code no-cache} so that caches in between revalidate.
 *
 * <p>Called once per pull, its answers are public: Weld's client proxy calls a public method directly and a
 * package-private one through reflection.
 */
@ApplicationScoped
public class SnapshotResponses {

    static final String SERIAL_HEADER = "X-Snapshot-Serial";
    static final String NO_CACHE = "no-cache";

    @Inject
    GatewayMetrics metrics;

    static SnapshotRequest.Current facts(PublishedSnapshot snapshot) {
        return new SnapshotRequest.Current(snapshot.serial(), snapshot.contentHash());
    }

    public Response answer(SnapshotRequest.Answer answer, String localDomain, Optional<PublishedSnapshot> current) {
        return switch (answer) {
            case SnapshotRequest.Serve serve -> served(current.orElseThrow());
            case SnapshotRequest.NotModified unchanged -> notModified(current.orElseThrow());
            case SnapshotRequest.NothingPublished none -> throw nothingYet(localDomain);
            case SnapshotRequest.Wait wait -> throw new IllegalStateException("a wait is held, not answered");
        };
    }

    public Response served(PublishedSnapshot snapshot) {
        metrics.served();
        return Response.ok(snapshot.content(), MediaType.APPLICATION_JSON_TYPE)
                .tag(snapshot.contentHash())
                .header(SERIAL_HEADER, snapshot.serial())
                .header("Cache-Control", NO_CACHE)
                .build();
    }

    public Response notModified(PublishedSnapshot snapshot) {
        metrics.notModified();
        return Response.notModified(snapshot.contentHash())
                .header(SERIAL_HEADER, snapshot.serial())
                .header("Cache-Control", NO_CACHE)
                .build();
    }

    NotFoundException nothingYet(String localDomain) {
        metrics.nothingPublished();
        return new NotFoundException("Nothing has been published for " + localDomain + " yet. Poll again later, or"
                + " with ?wait=300 to be answered as soon as the first snapshot is published.");
    }
}
