package io.peeringconsole.web.rest.trust;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.application.GatewayCertificateService;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Issues a gateway's client certificate from its PKCS#10 request:
 * {@code POST /api/v1/local-domains/{name}/gateway-certificates?gateway=edge-1&days=30} with the CSR as the body.
 */
@Path("local-domains/{name}/gateway-certificates")
@Produces(MediaType.APPLICATION_JSON)
public class GatewayCertificateResource {

    @Inject
    private GatewayCertificateService certificates;

    @Inject
    private CurrentOperator operator;

    @POST
    @Consumes({"application/pkcs10", "application/x-pem-file", "application/octet-stream", "text/plain"})
    public Response issue(@PathParam("name") String localDomain, @QueryParam("gateway") String gatewayName,
            @QueryParam("days") @DefaultValue("30") int days, InputStream body) {
        if (gatewayName == null || gatewayName.isBlank()) {
            throw new RuleViolationException("gateway", "Name the gateway (?gateway=edge-1); it becomes the certificate's subject.");
        }
        var issued = certificates.issue(operator.get(), localDomain, gatewayName, UploadedBytes.read(body), days);
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }
}
