package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.AuthenticatedGateway;
import io.peeringconsole.gateway.application.CertificateGatewayService;
import io.peeringconsole.gateway.application.CertificateLogin;
import io.peeringconsole.gateway.application.GatewayTokens;
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
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Authenticates gateways: a bearer token (RFC 6750), or else the client certificate presented in the TLS handshake
 * of the HTTPS listener. Every token refusal looks the same from outside (unknown, wrong, expired, rotated or
 * disabled), so that a caller learns nothing about which gateways exist; a certificate refusal says why, because the
 * certificate already proved that our CA issued it to that gateway. Failures are counted, not audited: an
 * unauthenticated caller must not be able to make the console write.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class GatewayAuthenticationFilter implements ContainerRequestFilter {

    /** Where the servlet container puts the client's certificate chain (Servlet specification, leaf first). */
    static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final String CHALLENGE = "Bearer realm=\"Peering Console gateways\"";

    @Inject
    private GatewayTokens gatewayTokens;

    @Inject
    private CertificateGatewayService certificateGateways;

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
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byToken(request, header.substring(7).strip());
        } else if (servletRequest.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain
                && chain.length > 0) {
            byCertificate(request, chain);
        } else {
            request.abortWith(unauthorized(CHALLENGE, "The gateway API needs the gateway's token"
                    + " ('Authorization: Bearer pcg....' as shown once when the gateway was registered) or, over"
                    + " the console's HTTPS port, the client certificate the console issued to the gateway."));
        }
    }

    private void byToken(ContainerRequestContext request, String token) {
        Optional<AuthenticatedGateway> gateway = gatewayTokens.authenticate(token, servletRequest.getRemoteAddr(),
                settings.tokenMaxAge());
        if (gateway.isEmpty()) {
            metrics.authenticationFailed();
            request.abortWith(unauthorized(CHALLENGE + ", error=\"invalid_token\"", "The token is not valid: it is"
                    + " unknown, expired, was replaced by a newer one, or its gateway is disabled or authenticates"
                    + " with a client certificate. Ask an administrator of the gateway's local domain for a new"
                    + " token."));
            return;
        }
        currentGateway.set(gateway.get());
    }

    private void byCertificate(ContainerRequestContext request, X509Certificate[] chain) {
        CertificateLogin login = certificateGateways.authenticate(chain, servletRequest.getRemoteAddr());
        if (login.gateway().isEmpty()) {
            metrics.authenticationFailed();
            request.abortWith(unauthorized(CHALLENGE, "The client certificate is not accepted: "
                    + login.refusal()));
            return;
        }
        currentGateway.set(login.gateway().get());
    }

    private static Response unauthorized(String challenge, String detail) {
        return Problem.response(Response.Status.UNAUTHORIZED, "Not authenticated", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
