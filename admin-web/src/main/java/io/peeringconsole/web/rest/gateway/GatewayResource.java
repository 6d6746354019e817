package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.CertificateGatewayService;
import io.peeringconsole.gateway.application.CertifiedGateway;
import io.peeringconsole.gateway.application.GatewayFleet;
import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.gateway.application.IssuedToken;
import io.peeringconsole.gateway.domain.AuthKind;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.infrastructure.gateway.FleetSettings;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.security.CurrentOperator;
import io.peeringconsole.web.rest.trust.UploadedBytes;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gateways for operators (C7): {@code /api/v1/gateways}. Registration and rotation answer the token once, in
 * {@code token}; it cannot be read again. A gateway registered with {@code "authKind": "CLIENT_CERTIFICATE"} and its
 * CSR gets a certificate instead ({@code certificatePem}, {@code caPem}), renewed with a new CSR. Changes name the
 * version they act on (If-Match or {@code ?version=}).
 */
@Path("gateways")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gateways", description = "Register gateways, rotate their tokens, watch the fleet (HTTP Basic).")
public class GatewayResource {

    @Inject
    private GatewayService gateways;

    @Inject
    private CertificateGatewayService certificateGateways;

    @Inject
    private GatewayFleet fleet;

    @Inject
    private FleetSettings settings;

    @Inject
    private CurrentOperator operator;

    @GET
    @Operation(summary = "The fleet: gateways with applied serial, last seen, lag, last rejection and silence flag")
    public PageRepresentation<GatewayView> list(@QueryParam("localDomain") String localDomain,
            @QueryParam("q") String text, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(fleet.list(operator.get(), localDomain, text, offset, limit,
                settings.silence()), view -> view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One gateway of the fleet")
    public Response get(@PathParam("id") long id) {
        GatewayView gateway = gateways.find(operator.get(), id, settings.silence())
                .orElseThrow(() -> new NotFoundException("There is no gateway with id " + id + " that you may see."));
        return withVersion(Response.ok(gateway), gateway);
    }

    @POST
    @Operation(summary = "Register a gateway; the answer carries its bearer token, shown this once, or for"
            + " authKind CLIENT_CERTIFICATE the certificate issued from the CSR given, with the gateway CA")
    @APIResponse(responseCode = "201", description = "Registered; store the token (or the certificate) now")
    @APIResponse(responseCode = "409", description = "A gateway of that name exists in the local domain")
    @APIResponse(responseCode = "422", description = "Invalid name, CSR or validity, or unknown local domain")
    public Response register(RegistrationInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the gateway as JSON: {\"localDomain\": \"example.com\","
                    + " \"name\": \"edge-1\"}, with \"authKind\": \"CLIENT_CERTIFICATE\" and \"csr\" for a"
                    + " gateway that authenticates with a client certificate.");
        }
        if (input.authKind() == AuthKind.CLIENT_CERTIFICATE) {
            CertifiedGateway certified = certificateGateways.register(operator.get(), input.localDomain(),
                    input.name(), csrBytes(input.csr()), validity(input.validityDays()));
            return withVersion(Response.created(uri.getAbsolutePathBuilder()
                    .path(Long.toString(certified.gateway().id())).build()).entity(certified), certified.gateway());
        }
        if (input.csr() != null) {
            throw new RuleViolationException("authKind", "A CSR was sent for a token gateway; set \"authKind\":"
                    + " \"CLIENT_CERTIFICATE\" to register a gateway that authenticates with a certificate.");
        }
        IssuedToken issued = gateways.register(operator.get(), input.localDomain(), input.name());
        return withVersion(Response.created(uri.getAbsolutePathBuilder()
                .path(Long.toString(issued.gateway().id())).build()).entity(issued), issued.gateway());
    }

    @POST
    @Path("batch")
    @Operation(summary = "Register up to 1,000 gateways of one local domain at once",
            description = "All are registered (each audited as GATEWAY_REGISTERED) or none: a malformed, repeated"
                    + " or taken name refuses the whole batch, and the answer names it (names[i]). Each item"
                    + " carries its token once, as a single registration does.")
    @APIResponse(responseCode = "201", description = "Registered; items in the order of names, each with its token")
    @APIResponse(responseCode = "409", description = "A name is already registered in the local domain")
    @APIResponse(responseCode = "422", description = "No names, more than 1,000, a malformed or repeated name, or"
            + " an unknown local domain")
    public Response registerBatch(BatchRegistrationInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the gateways as JSON: {\"localDomain\": \"example.com\","
                    + " \"names\": [\"edge-1\", \"edge-2\"]}.");
        }
        List<IssuedToken> issued = gateways.registerAll(operator.get(), input.localDomain(), input.names());
        return Response.status(Response.Status.CREATED).entity(new IssuedTokens(issued)).build();
    }

    @POST
    @Path("{id}/certificate")
    @Consumes({"application/pkcs10", "application/x-pem-file", "application/octet-stream", "text/plain"})
    @Operation(summary = "Renew a certificate gateway's client certificate from a new CSR (the body); the one it"
            + " replaces keeps working until it expires")
    public Response renew(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version, @QueryParam("days") @DefaultValue("30") int days, InputStream csr) {
        CertifiedGateway certified = certificateGateways.renew(operator.get(), id, Versions.required(ifMatch, version),
                UploadedBytes.read(csr), days);
        return withVersion(Response.ok(certified), certified.gateway());
    }

    @POST
    @Path("{id}/token")
    @Operation(summary = "Issue a new token; the old one stops working at once")
    public Response rotate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        IssuedToken issued = gateways.rotateToken(operator.get(), id, Versions.required(ifMatch, version));
        return withVersion(Response.ok(issued), issued.gateway());
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a gateway: its token is refused until it is enabled again")
    public Response disable(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        GatewayView gateway = gateways.disable(operator.get(), id, Versions.required(ifMatch, version));
        return withVersion(Response.ok(gateway), gateway);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled gateway again, with its current token")
    public Response enable(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        GatewayView gateway = gateways.enable(operator.get(), id, Versions.required(ifMatch, version));
        return withVersion(Response.ok(gateway), gateway);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a gateway and its token")
    public Response remove(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        gateways.remove(operator.get(), id, Versions.required(ifMatch, version));
        return Response.noContent().build();
    }

    private static Response withVersion(Response.ResponseBuilder response, GatewayView gateway) {
        return response.tag(Long.toString(gateway.version())).build();
    }

    private static byte[] csrBytes(String csr) {
        return csr == null ? new byte[0] : csr.getBytes(StandardCharsets.UTF_8);
    }

    private static int validity(Integer days) {
        return days == null ? 30 : days;
    }

    /**
     * A gateway to register: {@code authKind} BEARER_TOKEN (the default) or CLIENT_CERTIFICATE, which needs the
     * gateway's {@code csr} (PKCS#10 PEM) and takes {@code validityDays} (1 to 30, default 30).
     */
    public record RegistrationInput(String localDomain, String name, AuthKind authKind, String csr,
            Integer validityDays) {
    }

    /** Gateways of one local domain to register together. */
    public record BatchRegistrationInput(String localDomain, List<String> names) {
    }

    /** The gateways a batch registered, in the order of their names, each with its token (shown this once). */
    public record IssuedTokens(List<IssuedToken> items) {
    }
}
