package io.peeringconsole.web.rest.registry;

import io.peeringconsole.agreement.application.ClearingHouseService;
import io.peeringconsole.agreement.application.ClearingHouseView;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.HubService;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.agreement.Choices;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A clearing house's settings: {@code /api/v1/peer-networks/{id}/clearing-house}. Rooted at {@code peer-networks}
 * like every sub-resource of a peer, so that JAX-RS merges it with {@link PeerNetworkResource} instead of hiding it.
 */
@Path("peer-networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClearingHouseResource {

    @Inject
    private ClearingHouseService clearingHouses;

    @Inject
    private CurrentOperator operator;

    @GET
    @Path("{id}/clearing-house")
    public Response get(@PathParam("id") long id) {
        return answer(clearingHouses.get(operator.get(), id));
    }

    /**
     * Saves the services and the transitive-trust policy. The first save of a hub sends no version; later ones send
     * the version read (If-Match or {@code version}).
     */
    @PUT
    @Path("{id}/clearing-house")
    public Response configure(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ClearingHouseInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the settings as JSON: {\"services\": [...],"
                    + " \"transitiveTrust\": \"REQUIRE_MEMBER_CERTIFICATES\" or \"ACCEPT_HUB_ASSERTED_IDENTITIES\","
                    + " \"version\": as read, or absent the first time}.");
        }
        Long version = input.version();
        if (ifMatch != null && !ifMatch.isBlank()) {
            version = Versions.required(ifMatch, null);
        }
        return answer(clearingHouses.configure(operator.get(), id, version, input.policy()));
    }

    private static Response answer(ClearingHouseView view) {
        Response.ResponseBuilder response = Response.ok(view);
        return view.version() == null ? response.build() : response.tag(Long.toString(view.version())).build();
    }

    /** The settings as clients send them. */
    public record ClearingHouseInput(List<String> services, String transitiveTrust, Long version) {

        HubPolicy policy() {
            Set<HubService> provided = EnumSet.noneOf(HubService.class);
            if (services != null) {
                services.forEach(name -> provided.add(Choices.required(HubService.class, name, "services")));
            }
            TransitiveTrust trust = transitiveTrust == null ? TransitiveTrust.REQUIRE_MEMBER_CERTIFICATES
                    : Choices.required(TransitiveTrust.class, transitiveTrust, "transitiveTrust");
            return new HubPolicy(provided, trust);
        }
    }
}
