package io.peeringconsole.web.rest.trust;

import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.trust.application.CrlView;
import io.peeringconsole.trust.application.ExpiringView;
import io.peeringconsole.trust.application.ImportOutcome;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Global trust anchors, CRLs, certificate removal and the expiry watch list. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    private PeerTrustService trust;

    @Inject
    private CurrentOperator operator;

    @GET
    @Path("trust-anchors")
    public List<CertificateView> anchors() {
        operator.get();
        return trust.listAnchors(null);
    }

    @POST
    @Path("trust-anchors")
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/pkcs7-mime", "application/x-x509-ca-cert",
        "application/octet-stream", "text/plain"})
    public Response importAnchors(InputStream body) {
        ImportOutcome outcome = trust.importAnchors(operator.get(), null, UploadedBytes.read(body));
        return Response.status(outcome.stored().isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(outcome).build();
    }

    @DELETE
    @Path("certificates/{id}")
    public Response remove(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        trust.remove(operator.get(), id, Versions.required(ifMatch, version));
        return Response.noContent().build();
    }

    /** Certificates and anchors that expire within {@code days} (30 by default, at most 365), soonest first. */
    @GET
    @Path("certificates/expiring")
    public List<ExpiringView> expiring(@QueryParam("days") @DefaultValue("30") int days) {
        operator.get();
        if (days < 0 || days > 365) {
            throw new RuleViolationException("days", "Ask for 0 to 365 days ahead.");
        }
        return trust.expiring(Instant.now(), days);
    }

    @GET
    @Path("crls")
    public List<CrlView> crls() {
        operator.get();
        return trust.listCrls();
    }

    @POST
    @Path("crls")
    @Consumes({"application/pkix-crl", "application/x-pem-file", "application/octet-stream", "text/plain"})
    public Response importCrl(InputStream body) {
        return Response.status(Response.Status.CREATED).entity(trust.importCrl(operator.get(), UploadedBytes.read(body))).build();
    }
}
