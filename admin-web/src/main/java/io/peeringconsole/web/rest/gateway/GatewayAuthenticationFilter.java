package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.AuthenticatedGateway;
import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.web.infrastructure.gateway.FleetSettings;
import io.peeringconsole.web.rest.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Bearer tokens for the gateway API (RFC 6750). Every refusal looks the same from outside (unknown, wrong, expired,
 * rotated or disabled), so that a caller learns nothing about which gateways exist. Failures are counted, not audited: an
 * unauthenticated caller must not be able to make the console write.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class GatewayAuthenticationFilter implements ContainerRequestFilter {

    private static final String CHALLENGE = "Bearer realm=\"Peering Console gateways\"";

    @Inject
    private GatewayService gateways;

    @Inject
    private CurrentGateway currentGateway;

    @Inject
    private GatewayMetrics metrics;

    @Inject
    private FleetSettings settings;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!GatewayPaths.isGatewayRequest(request)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized(CHALLENGE, "The gateway API needs the gateway's token:"
                    + " 'Authorization: Bearer pcg....' as shown once when the gateway was registered."));
            return;
        }
        Optional<AuthenticatedGateway> gateway = gateways.authenticate(header.substring(7).strip(),
                servletRequest.getRemoteAddr(), settings.tokenMaxAge());
        if (gateway.isEmpty()) {
            metrics.authenticationFailed();
            request.abortWith(unauthorized(CHALLENGE + ", error=\"invalid_token\"", "The token is not valid: it is"
                    + " unknown, expired, was replaced by a newer one, or its gateway is disabled. Ask an"
                    + " administrator of the gateway's local domain for a new token."));
            return;
        }
        currentGateway.set(gateway.get());
    }

    private static Response unauthorized(String challenge, String detail) {
        return Problem.response(Response.Status.UNAUTHORIZED, "Not authenticated", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
