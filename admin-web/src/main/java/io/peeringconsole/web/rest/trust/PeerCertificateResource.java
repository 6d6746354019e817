package io.peeringconsole.web.rest.trust;

import io.peeringconsole.trust.application.ImportOutcome;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.trust.application.PinView;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;

/**
 * A peer network's certificates, pins and trust verdicts: {@code /api/v1/peer-networks/{id}/...}. Its root path
 * is exactly {@link io.peeringconsole.web.rest.registry.PeerNetworkResource}'s, so that JAX-RS merges the two:
 * a longer root such as {@code peer-networks/{id}} would win every match and hide {@code PUT peer-networks/{id}}.
 */
@Path("peer-networks")
@Produces(MediaType.APPLICATION_JSON)
public class PeerCertificateResource {

    @Inject
    private PeerTrustService trust;

    @Inject
    private CurrentOperator operator;

    /** Every certificate, anchor and pin in scope for the peer, and the verdict for each of its domains. */
    @GET
    @Path("{id}/trust")
    public PeerTrustView trust(@PathParam("id") long peerNetworkId) {
        operator.get();
        return trust.trustOf(peerNetworkId, Instant.now());
    }

    @POST
    @Path("{id}/certificates")
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/pkcs7-mime", "application/x-x509-ca-cert",
        "application/octet-stream", "text/plain"})
    public Response importCertificates(@PathParam("id") long peerNetworkId, InputStream body) {
        ImportOutcome outcome = trust.importCertificates(operator.get(), peerNetworkId, UploadedBytes.read(body));
        return Response.status(outcome.stored().isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(outcome).build();
    }

    @POST
    @Path("{id}/trust-anchors")
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/pkcs7-mime", "application/x-x509-ca-cert",
        "application/octet-stream", "text/plain"})
    public Response importAnchors(@PathParam("id") long peerNetworkId, InputStream body) {
        ImportOutcome outcome = trust.importAnchors(operator.get(), peerNetworkId, UploadedBytes.read(body));
        return Response.status(outcome.stored().isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(outcome).build();
    }

    @POST
    @Path("{id}/pins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPin(@PathParam("id") long peerNetworkId, PinInput input) {
        PinInput pin = input == null ? new PinInput(null, null) : input;
        PinView added = trust.addPin(operator.get(), peerNetworkId, pin.spkiPin(), pin.note());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id}/pins/{pinId}")
    public Response removePin(@PathParam("pinId") long pinId) {
        trust.removePin(operator.get(), pinId);
        return Response.noContent().build();
    }

    /** A pin to add: base64 SHA-256 of the peer's SubjectPublicKeyInfo, as {@code openssl} prints it. */
    public record PinInput(String spkiPin, String note) {
    }
}
