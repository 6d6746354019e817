package io.peeringconsole.web.rest.snapshot;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import io.peeringconsole.snapshot.application.SnapshotService;
import io.peeringconsole.snapshot.application.SnapshotView;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Configuration snapshots (C6) for administrators: {@code /api/v1/snapshots/{localDomain}}. Publishing and rollback
 * answer 201 with the new snapshot; a gated publish answers 422 listing every reason. The content and its detached
 * signature are served byte for byte as gateways receive them, for {@code openssl cms -verify}.
 */
@Path("snapshots")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {

    static final String SIGNATURE_TYPE = "application/pkcs7-signature";

    @Inject
    private SnapshotService snapshots;

    @Inject
    private CurrentOperator operator;

    /** The current snapshot's metadata (null before the first publish) and the history, newest first. */
    @GET
    @Path("{localDomain}")
    public SnapshotsRepresentation overview(@PathParam("localDomain") String localDomain,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        var op = operator.get();
        return new SnapshotsRepresentation(snapshots.current(op, localDomain).orElse(null),
                PageRepresentation.of(snapshots.history(op, localDomain, offset, limit), view -> view));
    }

    @GET
    @Path("{localDomain}/candidate")
    public CandidateRepresentation candidate(@PathParam("localDomain") String localDomain) {
        return CandidateRepresentation.of(snapshots.candidate(operator.get(), localDomain));
    }

    /** Publishes the candidate; {@code contentHash} in the body, if given, must still be the candidate's. */
    @POST
    @Path("{localDomain}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("localDomain") String localDomain, PublicationInput input,
            @Context UriInfo uri) {
        SnapshotView published = snapshots.publish(operator.get(), localDomain,
                input == null ? null : input.contentHash());
        return created(uri, published);
    }

    @POST
    @Path("{localDomain}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rollback(@PathParam("localDomain") String localDomain, @QueryParam("serial") Long serial,
            RollbackInput input, @Context UriInfo uri) {
        if (serial == null) {
            throw new RuleViolationException("serial", "Say which snapshot to publish again: ?serial=N, one of the"
                    + " serials in the history.");
        }
        SnapshotView published = snapshots.rollback(operator.get(), localDomain, serial,
                input == null ? null : input.reason());
        return created(uri, published);
    }

    /** The canonical JSON exactly as signed; the ETag is its SHA-256. */
    @GET
    @Path("{localDomain}/{serial: [0-9]+}")
    public Response content(@PathParam("localDomain") String localDomain, @PathParam("serial") long serial) {
        PublishedSnapshot snapshot = snapshots.find(operator.get(), localDomain, serial);
        return Response.ok(snapshot.content(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(snapshot.contentHash()).header("X-Snapshot-Serial", snapshot.serial()).build();
    }

    /** The detached CMS SignedData (DER) over the content of the same serial. */
    @GET
    @Path("{localDomain}/{serial: [0-9]+}.p7s")
    @Produces(SIGNATURE_TYPE)
    public Response signature(@PathParam("localDomain") String localDomain, @PathParam("serial") long serial) {
        PublishedSnapshot snapshot = snapshots.find(operator.get(), localDomain, serial);
        return Response.ok(snapshot.signature(), SIGNATURE_TYPE).tag(snapshot.contentHash())
                .header("X-Snapshot-Serial", snapshot.serial()).build();
    }

    private static Response created(UriInfo uri, SnapshotView published) {
        return Response.created(uri.getBaseUriBuilder().path("snapshots").path(published.localDomain())
                .path(Long.toString(published.serial())).build()).entity(published).build();
    }

    /** The hash of the candidate the administrator reviewed (optional). */
    public record PublicationInput(String contentHash) {
    }

    /** Why the rollback is made; required, recorded with the new snapshot. */
    public record RollbackInput(String reason) {
    }
}
