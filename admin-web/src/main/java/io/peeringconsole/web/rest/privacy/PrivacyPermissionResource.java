package io.peeringconsole.web.rest.privacy;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionService;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import io.peeringconsole.privacy.permission.application.PrivacyPreviewService;
import io.peeringconsole.privacy.preview.PresenceJson;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A local domain's privacy-sharing permissions, one per peer network, and the preview of what a peer receives.
 * Rooted at {@code local-domains} like {@link io.peeringconsole.web.rest.registry.LocalDomainResource}: a longer root
 * would win every match under it and could hide that resource's methods.
 */
@Path("local-domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyPermissionResource {

    @Inject
    private PrivacyPermissionService permissions;

    @Inject
    private PrivacyPreviewService previews;

    @Inject
    private CurrentOperator operator;

    /** Every peer network with its permission (default deny where none is stored), by name; {@code q} filters. */
    @GET
    @Path("{domain}/privacy-permissions")
    public PageRepresentation<PrivacyPermissionRepresentation> list(@PathParam("domain") String domain,
            @QueryParam("q") String text, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(permissions.list(operator.get(), domain, text, offset, limit),
                PrivacyPermissionRepresentation::of);
    }

    @GET
    @Path("{domain}/privacy-permissions/{peerId}")
    public Response read(@PathParam("domain") String domain, @PathParam("peerId") long peerId) {
        return withTag(permissions.get(operator.get(), domain, peerId));
    }

    /** Sets the pair's permission; the version is absent (or {@code If-Match} missing) only at default deny. */
    @PUT
    @Path("{domain}/privacy-permissions/{peerId}")
    public Response set(@PathParam("domain") String domain, @PathParam("peerId") long peerId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PrivacyPermissionInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the permission as a JSON body, for example"
                    + " {\"attributes\": [\"BASIC_STATUS\", \"NOTE\"], \"mode\": \"PER_WATCHER\"}.");
        }
        // Not a conditional expression: its long branch would unbox a null version from the body.
        Long version = input.version();
        if (ifMatch != null && !ifMatch.isBlank()) {
            version = Versions.required(ifMatch, null);
        }
        return withTag(permissions.set(operator.get(), domain, peerId, version, input.attributes(), input.mode()));
    }

    /** Back to default deny; answers with the permission as it now stands. */
    @DELETE
    @Path("{domain}/privacy-permissions/{peerId}")
    public PrivacyPermissionRepresentation reset(@PathParam("domain") String domain, @PathParam("peerId") long peerId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("version") Long version) {
        return PrivacyPermissionRepresentation.of(permissions.reset(operator.get(), domain, peerId,
                Versions.required(ifMatch, version)));
    }

    @POST
    @Path("{domain}/privacy-preview")
    public PrivacyPreviewRepresentation preview(@PathParam("domain") String domain, PrivacyPreviewInput input) {
        if (input == null || input.peerNetworkId() == null) {
            throw new RuleViolationException("peerNetworkId", "Say which peer network to preview: send"
                    + " {\"peerNetworkId\": ..., \"presRules\": \"<cr:ruleset ...>\", \"presence\": {...},"
                    + " \"watcher\": \"sip:bob@...\"}.");
        }
        return PrivacyPreviewRepresentation.of(input.peerNetworkId(), previews.preview(operator.get(), domain,
                input.peerNetworkId(), input.presRules(), presence(input.presence()), input.watcher()));
    }

    private static PresenceDocument presence(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return PresenceJson.read(text.getString());
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return PresenceJson.read(value.asJsonObject());
        }
        throw new RuleViolationException("presence", "The presence document must be a JSON object such as"
                + " {\"presentity\": \"sip:alice@example.com\", \"attributes\": {\"BASIC_STATUS\": \"open\"}}.");
    }

    private static Response withTag(PrivacyPermissionView view) {
        Response.ResponseBuilder ok = Response.ok(PrivacyPermissionRepresentation.of(view));
        return view.version() == null ? ok.build() : ok.tag(Long.toString(view.version())).build();
    }
}
