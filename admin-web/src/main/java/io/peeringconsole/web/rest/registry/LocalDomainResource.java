package io.peeringconsole.web.rest.registry;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.LocalDomainView;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The local domains this console administers: {@code /api/v1/local-domains}, addressed by name. */
@Path("local-domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalDomainResource {

    @Inject
    private LocalDomainService localDomains;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<LocalDomainRepresentation> list(@QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(localDomains.list(operator.get(), text, offset, limit), LocalDomainRepresentation::of);
    }

    @GET
    @Path("{name}")
    public Response read(@PathParam("name") String name) {
        LocalDomainView view = find(name);
        return Response.ok(LocalDomainRepresentation.of(view)).tag(Long.toString(view.version())).build();
    }

    @POST
    public Response create(LocalDomainInput input, @Context UriInfo uri) {
        LocalDomainInput body = required(input);
        LocalDomainView created = localDomains.create(operator.get(), body.name(), body.displayName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(LocalDomainRepresentation.of(created))
                .build();
    }

    @PUT
    @Path("{name}")
    public LocalDomainRepresentation update(@PathParam("name") String name,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LocalDomainInput input) {
        LocalDomainInput body = required(input);
        LocalDomainView current = find(name);
        long version = Versions.required(ifMatch, body.version());
        return LocalDomainRepresentation.of(localDomains.update(operator.get(), current.id(), version, body.displayName()));
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        LocalDomainView current = find(name);
        localDomains.delete(operator.get(), current.id(), Versions.required(ifMatch, version));
        return Response.noContent().build();
    }

    /** A domain administrator asking for a domain outside their scope is told so (403), not that it is missing. */
    private LocalDomainView find(String name) {
        String normalised = DomainName.parse(name).asString();
        AccessPolicy.requireCanAdministerDomain(operator.get(), normalised);
        return localDomains.find(normalised)
                .orElseThrow(() -> new NotFoundException("There is no local domain '" + name + "'."));
    }

    private static LocalDomainInput required(LocalDomainInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the local domain as a JSON body.");
        }
        return input;
    }
}
