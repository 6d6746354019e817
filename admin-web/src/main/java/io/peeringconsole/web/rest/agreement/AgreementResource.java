package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.application.AgreementFilter;
import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.application.ApprovalInbox;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.Versions;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/**
 * Peering agreements: {@code /api/v1/agreements}. Every change names the version it acts on (If-Match, or
 * {@code ?version=}, or {@code version} in the body) and answers the agreement with its new version as ETag.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    private AgreementService agreements;

    @Inject
    private ApprovalInbox inbox;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<AgreementRepresentation> list(@QueryParam("status") String status,
            @QueryParam("localDomain") String localDomain, @QueryParam("peerNetworkId") Long peerNetworkId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        var filter = new AgreementFilter(blankToNull(localDomain),
                Choices.optional(AgreementStatus.class, status, "status"), peerNetworkId);
        return PageRepresentation.of(agreements.list(operator.get(), filter, offset, limit),
                AgreementRepresentation::of);
    }

    /** The agreements waiting for the caller's approval, longest waiting first (the console's approval inbox). */
    @GET
    @Path("inbox")
    public PageRepresentation<AgreementRepresentation> inbox(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(inbox.page(operator.get(), offset, limit), AgreementRepresentation::of);
    }

    @POST
    public Response create(AgreementInput input, @Context UriInfo uri) {
        AgreementView created = agreements.create(operator.get(), AgreementInput.required(input).toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(AgreementRepresentation.of(created)).tag(Long.toString(created.version())).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return answer(agreements.find(operator.get(), id).orElseThrow(() -> new NotFoundException(
                "There is no peering agreement with id " + id + " that you may see.")));
    }

    @PUT
    @Path("{id}")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AgreementInput input) {
        AgreementInput body = AgreementInput.required(input);
        long version = Versions.required(ifMatch, body.version());
        return answer(agreements.revise(operator.get(), id, version, body.clearingHouseId(), body.toTerms()));
    }

    @POST
    @Path("{id}/submission")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        return answer(agreements.submit(operator.get(), id, Versions.required(ifMatch, version)));
    }

    @POST
    @Path("{id}/approval")
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        return answer(agreements.approve(operator.get(), id, Versions.required(ifMatch, version)));
    }

    @POST
    @Path("{id}/rejection")
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version, StatusChangeInput input) {
        StatusChangeInput body = reasoned(input);
        return answer(agreements.reject(operator.get(), id, version(ifMatch, version, body), body.reason()));
    }

    @POST
    @Path("{id}/suspension")
    public Response suspend(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version, StatusChangeInput input) {
        StatusChangeInput body = reasoned(input);
        return answer(agreements.suspend(operator.get(), id, version(ifMatch, version, body), body.reason()));
    }

    @POST
    @Path("{id}/resumption")
    public Response resume(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version) {
        return answer(agreements.resume(operator.get(), id, Versions.required(ifMatch, version)));
    }

    @POST
    @Path("{id}/termination")
    public Response terminate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("version") Long version, StatusChangeInput input) {
        StatusChangeInput body = reasoned(input);
        return answer(agreements.terminate(operator.get(), id, version(ifMatch, version, body), body.reason()));
    }

    @GET
    @Path("{id}/checklist")
    public ChecklistRepresentation checklist(@PathParam("id") long id) {
        return ChecklistRepresentation.of(agreements.checklist(operator.get(), id));
    }

    @GET
    @Path("{id}/impact")
    public ImpactRepresentation impact(@PathParam("id") long id, @QueryParam("action") String action) {
        return ImpactRepresentation.of(agreements.impact(operator.get(), id,
                Choices.required(AgreementAction.class, action, "action")));
    }

    private static Response answer(AgreementView view) {
        return Response.ok(AgreementRepresentation.of(view)).tag(Long.toString(view.version())).build();
    }

    private static StatusChangeInput reasoned(StatusChangeInput input) {
        if (input == null) {
            throw new RuleViolationException("reason", "Send the reason as a JSON body: {\"reason\": \"...\"}.");
        }
        return input;
    }

    private static long version(String ifMatch, Long fromQuery, StatusChangeInput body) {
        return Versions.required(ifMatch, fromQuery != null ? fromQuery : body.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
