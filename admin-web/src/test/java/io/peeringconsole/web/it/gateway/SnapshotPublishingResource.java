package io.peeringconsole.web.it.gateway;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** TEST ONLY: "publishes" a snapshot into {@link InMemorySnapshotFeed}. Operators' HTTP Basic like every API call. */
@Path("test-support/snapshots/{localDomain}")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotPublishingResource {

    @Inject
    InMemorySnapshotFeed feed;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> publish(@PathParam("localDomain") String localDomain, String content) {
        PublishedSnapshot snapshot = feed.publish(localDomain, content);
        return Map.of("serial", snapshot.serial(), "contentHash", snapshot.contentHash());
    }

    /** How many long polls of the domain are registered with the feed right now. */
    @GET
    @Path("waiting")
    public Map<String, Object> waiting(@PathParam("localDomain") String localDomain) {
        return Map.of("waiting", feed.waiting(localDomain));
    }
}
