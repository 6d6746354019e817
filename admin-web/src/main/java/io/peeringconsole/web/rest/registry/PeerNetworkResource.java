package io.peeringconsole.web.rest.registry;

import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.application.PeerSort;
import io.peeringconsole.registry.application.PeerNetworkView;
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
import java.util.Locale;

/** Peer networks and clearing houses: {@code /api/v1/peer-networks}. */
@Path("peer-networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerNetworkResource {

    @Inject
    private PeerRegistry registry;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<PeerNetworkRepresentation> search(@QueryParam("q") String text,
            @QueryParam("kind") String kind, @QueryParam("sort") @DefaultValue("displayName") String sort,
            @QueryParam("order") @DefaultValue("asc") String order, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        operator.get();
        var search = new PeerSearch(text, kind == null ? null : PeerNetworkInput.kind(kind), sort(sort),
                !"desc".equalsIgnoreCase(order), offset, limit);
        return PageRepresentation.of(registry.search(search), PeerNetworkRepresentation::of);
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        operator.get();
        PeerNetworkView view = registry.find(id).orElseThrow(() -> notFound(id));
        return Response.ok(PeerNetworkRepresentation.of(view)).tag(Long.toString(view.version())).build();
    }

    @POST
    public Response create(PeerNetworkInput input, @Context UriInfo uri) {
        PeerNetworkView created = registry.create(operator.get(), required(input).toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(PeerNetworkRepresentation.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public PeerNetworkRepresentation update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PeerNetworkInput input) {
        PeerNetworkInput body = required(input);
        long version = Versions.required(ifMatch, body.version());
        return PeerNetworkRepresentation.of(registry.update(operator.get(), id, version, body.toCommand()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        registry.delete(operator.get(), id, Versions.required(ifMatch, version));
        return Response.noContent().build();
    }

    private static PeerNetworkInput required(PeerNetworkInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the peer network as a JSON body.");
        }
        return input;
    }

    private static PeerSort sort(String sort) {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "displayname", "name" -> PeerSort.DISPLAY_NAME;
            case "domain", "primarydomain" -> PeerSort.PRIMARY_DOMAIN;
            case "kind" -> PeerSort.KIND;
            case "updatedat", "updated" -> PeerSort.UPDATED_AT;
            default -> throw new RuleViolationException("sort", "Sort by displayName, domain, kind or updatedAt.");
        };
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no peer network with id " + id + "; it may have been deleted.");
    }
}
