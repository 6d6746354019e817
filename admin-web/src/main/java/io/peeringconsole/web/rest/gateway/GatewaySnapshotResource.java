package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.AuthenticatedGateway;
import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.gateway.application.PublishedSnapshots;
import io.peeringconsole.gateway.domain.MalformedGatewayRequestException;
import io.peeringconsole.gateway.domain.SnapshotRequest;
import io.peeringconsole.gateway.domain.StatusReport;
import io.peeringconsole.gateway.domain.WaitTime;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a gateway calls: its own local domain's snapshot (never another's: the domain comes from the token, not from
 * the request), the detached signature beside it, and its status reports. A long poll is suspended with
 * {@link AsyncResponse} and holds no thread while it waits.
 */
@Path(GatewayPaths.ROOT)
@Tag(name = "Gateway API", description = "For gateways, with a bearer token: pull, long-poll, report.")
@SecurityRequirement(name = "gatewayToken")
public class GatewaySnapshotResource {

    static final String PKCS7_SIGNATURE = "application/pkcs7-signature";

    @Inject
    private CurrentGateway currentGateway;

    @Inject
    private PublishedSnapshots snapshots;

    @Inject
    private GatewayService gateways;

    @Inject
    private LongPolls longPolls;

    @Inject
    private GatewayMetrics metrics;

    @Inject
    private SnapshotResponses responses;

    @GET
    @Path("snapshot")
    @Operation(summary = "The current snapshot of the gateway's own local domain",
            description = "Canonical JSON, ETag = content hash, X-Snapshot-Serial = serial. With If-None-Match"
                    + " naming the current ETag: 304. With wait=SECONDS (1-300) the request is held until a serial"
                    + " newer than the one held (If-None-Match, or after=SERIAL) is published, or answered 304 when"
                    + " the time runs out.")
    @APIResponse(responseCode = "200", description = "The snapshot; verify it with the signature from snapshot.p7s")
    @APIResponse(responseCode = "304", description = "The gateway holds the current snapshot")
    @APIResponse(responseCode = "400", description = "wait or after is malformed or out of range")
    @APIResponse(responseCode = "401", description = "Missing, unknown, rotated or disabled token")
    @APIResponse(responseCode = "404", description = "Nothing was published for this local domain yet")
    public void snapshot(
            @Parameter(description = "Seconds to wait for a newer serial, 1 to 300") @QueryParam("wait") String wait,
            @Parameter(description = "The serial the gateway holds (instead of If-None-Match)")
            @QueryParam("after") String after,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Suspended AsyncResponse async) {
        try {
            AuthenticatedGateway gateway = currentGateway.get();
            SnapshotRequest request = new SnapshotRequest(ifNoneMatch, WaitTime.after(after), WaitTime.parse(wait));
            Optional<PublishedSnapshot> current = snapshots.current(gateway.localDomain());
            SnapshotRequest.Answer answer = request.answer(current.map(SnapshotResponses::facts));
            if (answer instanceof SnapshotRequest.Wait held) {
                longPolls.hold(async, gateway.localDomain(), request, held);
            } else {
                async.resume(responses.answer(answer, gateway.localDomain(), current));
            }
        } catch (RuntimeException failure) {
            async.resume(failure);
        }
    }

    @GET
    @Path("snapshot.p7s")
    @Operation(summary = "The detached CMS signature (DER) of the current snapshot",
            description = "Verify with: openssl cms -verify -binary -inform DER -content snapshot.json"
                    + " -in snapshot.p7s -CAfile console-ca.pem -purpose any")
    @APIResponse(responseCode = "200", description = "The signature, application/pkcs7-signature")
    @APIResponse(responseCode = "400", description = "serial is malformed")
    @APIResponse(responseCode = "401", description = "Missing, unknown, rotated or disabled token")
    @APIResponse(responseCode = "404", description = "Nothing was published for this local domain yet")
    @APIResponse(responseCode = "409", description = "The serial asked for is no longer the current one")
    public Response signature(
            @Parameter(description = "The serial whose signature is wanted; must be the current one")
            @QueryParam("serial") String serial) {
        AuthenticatedGateway gateway = currentGateway.get();
        Optional<Long> wanted = serial == null ? Optional.empty() : Optional.of(WaitTime.after(serial).orElseThrow());
        PublishedSnapshot current = snapshots.current(gateway.localDomain())
                .orElseThrow(() -> responses.nothingYet(gateway.localDomain()));
        if (wanted.isPresent() && wanted.get() != current.serial()) {
            throw new ConflictException("Serial " + wanted.get() + " is not the current snapshot of "
                    + gateway.localDomain() + " (serial " + current.serial() + " is); pull the snapshot again and"
                    + " fetch its signature.");
        }
        metrics.signature();
        return Response.ok(current.signature(), PKCS7_SIGNATURE)
                .header(SnapshotResponses.SERIAL_HEADER, current.serial())
                .header("Cache-Control", "no-cache")
                .build();
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report that a serial was APPLIED, or REJECTED with a reason",
            description = "A report identical to the gateway's latest one is a replay: answered 202 with"
                    + " recorded=false, and not counted or audited again.")
    @APIResponse(responseCode = "202", description = "Accepted; recorded=false for a replay")
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "401", description = "Missing, unknown, rotated or disabled token")
    @APIResponse(responseCode = "409", description = "APPLIED for a serial older than one already applied")
    @APIResponse(responseCode = "422", description = "Missing or invalid field, or a serial never published for"
            + " this local domain")
    public Response status(StatusReportInput input) {
        if (input == null) {
            throw new MalformedGatewayRequestException("Send the report as JSON: {\"serial\": 7, \"outcome\":"
                    + " \"APPLIED\"} or {\"serial\": 7, \"outcome\": \"REJECTED\", \"reason\": \"...\"}.");
        }
        StatusReport report = StatusReport.of(input.serial(), input.outcome(), input.reason());
        boolean recorded = gateways.report(currentGateway.get(), report);
        return Response.accepted(new StatusReceipt(report.serial(), report.outcome().name(), recorded)).build();
    }

    /** A status report as a gateway sends it. */
    public record StatusReportInput(Long serial, String outcome, String reason) {
    }

    /** The answer to a report: what was understood, and whether it was new ({@code false} for a replay). */
    public record StatusReceipt(long serial, String outcome, boolean recorded) {
    }

}
