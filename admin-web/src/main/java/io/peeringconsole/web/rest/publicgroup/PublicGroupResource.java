package io.peeringconsole.web.rest.publicgroup;

import io.peeringconsole.agreement.application.PublicGroupService;
import io.peeringconsole.agreement.application.PublicGroupView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/**
 * Public groups (C5): {@code /api/v1/public-groups}. Changes name the version they act on (If-Match or
 * {@code version} in the body) and answer the group with its new version as ETag.
 */
@Path("public-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicGroupResource {

    @Inject
    private PublicGroupService groups;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<PublicGroupView> list(@QueryParam("localDomain") String localDomain,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        String domain = localDomain == null || localDomain.isBlank() ? null : localDomain;
        return PageRepresentation.of(groups.list(operator.get(), domain, offset, limit), view -> view);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        PublicGroupView group = groups.find(operator.get(), id)
                .orElseThrow(() -> new NotFoundException("There is no public group with id " + id + " that you may"
                        + " see."));
        return withVersion(Response.ok(group), group);
    }

    @POST
    public Response create(PublicGroupInput input, @Context UriInfo uri) {
        PublicGroupInput body = required(input);
        Set<Long> exposedTo = body.exposedTo() == null ? Set.of() : Set.copyOf(body.exposedTo());
        PublicGroupView created = groups.create(operator.get(), body.localDomain(), body.uri(), body.requiredSize(),
                exposedTo);
        return withVersion(Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created), created);
    }

    /** Replaces the size and the peers the group is exposed to; an empty list withdraws it from every peer. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            PublicGroupInput input) {
        PublicGroupInput body = required(input);
        long version = Versions.required(ifMatch, body.version());
        List<Long> exposedTo = body.exposedTo() == null ? List.of() : body.exposedTo();
        PublicGroupView updated = groups.update(operator.get(), id, version, body.requiredSize(),
                Set.copyOf(exposedTo));
        return withVersion(Response.ok(updated), updated);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        groups.remove(operator.get(), id, Versions.required(ifMatch, version));
        return Response.noContent().build();
    }

    private static Response withVersion(Response.ResponseBuilder response, PublicGroupView group) {
        return response.entity(group).tag(Long.toString(group.version())).build();
    }

    private static PublicGroupInput required(PublicGroupInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the public group as JSON: {\"localDomain\": ..., \"uri\":"
                    + " ..., \"maxSize\": ..., \"exposedTo\": [peer network ids]}.");
        }
        return input;
    }

    /** A public group as clients send it; {@code localDomain} and {@code uri} only count when creating. */
    public record PublicGroupInput(String localDomain, String uri, Integer maxSize, List<Long> exposedTo,
            Long version) {

        int requiredSize() {
            if (maxSize == null) {
                throw new RuleViolationException("maxSize", "Say how many members the list may have at most (1 to"
                        + " 10000).");
            }
            return maxSize;
        }
    }
}
