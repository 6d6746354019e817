package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.AuthenticatedGateway;
import io.peeringconsole.gateway.application.GatewayTokens;
import io.peeringconsole.gateway.application.PublishedSnapshots;
import io.peeringconsole.gateway.domain.MalformedGatewayRequestException;
import io.peeringconsole.gateway.domain.SnapshotRequest;
import io.peeringconsole.gateway.domain.WaitTime;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import io.peeringconsole.web.infrastructure.gateway.FleetSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Optional;

/**
 * Answers a gateway's two most frequent requests for its snapshot before JAX-RS: "still the same" (304), for a gateway
 * whose bearer token was accepted moments ago, and "tell me when it changes" (a long poll), for any gateway with a
 * valid bearer token. Crossing Jersey and its filters costs far more than the answer itself; here the answer comes
 * from memory (the accepted token, the current snapshot) and the same domain rules ({@link SnapshotRequest},
 * {@link WaitTime}). Everything else goes on to {@link GatewaySnapshotResource} unchanged, which also refreshes the
 * token memory: a 304 poll whose token is not in memory, a refused token, a client certificate, a malformed
 * {@code wait} or {@code after} (JAX-RS words the 400), nothing published yet, a snapshot to serve at once, any method
 * but GET.
 */
@WebFilter(urlPatterns = SnapshotFastPath.PATH, asyncSupported = true)
public class SnapshotFastPath extends HttpFilter {

    /** Only the snapshot itself: its signature ({@code snapshot.p7s}) and status reports are JAX-RS's alone. */
    static final String PATH = "/api/v1/gateway/snapshot";
    private static final String BEARER = "Bearer ";
    private static final String IF_NONE_MATCH = "If-None-Match";

    @Inject
    private GatewayTokens gatewayTokens;

    @Inject
    private FleetSettings settings;

    @Inject
    private PublishedSnapshots snapshots;

    @Inject
    private SnapshotWrites writes;

    @Inject
    private HeldPolls heldPolls;

    @Inject
    private GatewayMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!answered(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        Optional<String> token = bearerToken(request);
        Optional<SnapshotRequest> asked = token.isEmpty() ? Optional.empty() : snapshotRequest(request);
        Optional<AuthenticatedGateway> gateway = asked.flatMap(snapshotRequest ->
                authenticated(token.get(), snapshotRequest, request.getRemoteAddr()));
        if (gateway.isEmpty()) {
            return false;
        }
        String localDomain = gateway.get().localDomain();
        Optional<PublishedSnapshot> current = snapshots.current(localDomain);
        if (current.isEmpty()) {
            return false;
        }
        return switch (asked.get().answer(current.map(SnapshotResponses::facts))) {
            case SnapshotRequest.NotModified unchanged -> {
                metrics.fastNotModified();
                writes.notModified(response, current.get());
                yield true;
            }
            case SnapshotRequest.Wait wait -> {
                metrics.fastLongPoll();
                ServletLongPoll.hold(request, response, new ServletLongPoll.Held(localDomain, asked.get(),
                        current.get(), snapshots, writes, heldPolls), wait);
                yield true;
            }
            case SnapshotRequest.Serve serve -> false;
            case SnapshotRequest.NothingPublished none -> false;
        };
    }

    /**
     * A 304 poll only with a token accepted moments ago (the request is answered from memory or not at all). A long
     * poll outlives that memory, so the next poll of a gateway whose previous one ran out is almost never remembered:
     * it is authenticated in full here, as {@link GatewayAuthenticationFilter} would (memory, else the database), so
     * that the fleet's polls are held here rather than by JAX-RS. A refused token goes on to JAX-RS for its 401.
     */
    private Optional<AuthenticatedGateway> authenticated(String token, SnapshotRequest asked, String sourceAddress) {
        if (asked.waitAtMost().isEmpty()) {
            return gatewayTokens.authenticateRemembered(token, sourceAddress, settings.tokenMaxAge());
        }
        try {
            return gatewayTokens.authenticate(token, sourceAddress, settings.tokenMaxAge());
        } catch (RuntimeException databaseTrouble) {
            // JAX-RS tries again and turns the failure into its problem+json answer, as for any other request.
            return Optional.empty();
        }
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    /** Parsed as JAX-RS parses it; empty when malformed or ambiguous, so that JAX-RS gives its 400 or decides. */
    private static Optional<SnapshotRequest> snapshotRequest(HttpServletRequest request) {
        Enumeration<String> tags = request.getHeaders(IF_NONE_MATCH);
        String ifNoneMatch = tags.hasMoreElements() ? tags.nextElement() : null;
        if (tags.hasMoreElements()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SnapshotRequest(ifNoneMatch, WaitTime.after(request.getParameter("after")),
                    WaitTime.parse(request.getParameter("wait"))));
        } catch (MalformedGatewayRequestException malformed) {
            return Optional.empty();
        }
    }
}
