package io.peeringconsole.web.rest.security;

import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.access.application.AuthenticationResult;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.web.rest.gateway.GatewayPaths;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;

/**
 * HTTP Basic against the console's own accounts. Failed attempts are recorded and count towards lockout
 * exactly as in the console's login view; successful ones are not audited one by one, since an API client
 * authenticates on every request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    private static final String CHALLENGE = "Basic realm=\"Peering Console\", charset=\"UTF-8\"";

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentOperator currentOperator;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (GatewayPaths.isGatewayRequest(request)) {
            return; // gateways present bearer tokens, checked by GatewayAuthenticationFilter
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(unauthorized("Authentication is required: send HTTP Basic credentials of a console account."));
            return;
        }
        char[] decoded = decode(header.substring(6).trim());
        int colon = indexOf(decoded, ':');
        if (colon < 0) {
            request.abortWith(unauthorized("The Basic credentials are malformed: expected base64 of 'username:password'."));
            return;
        }
        String username = new String(decoded, 0, colon);
        char[] password = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
        Arrays.fill(decoded, '\0');
        try {
            AuthenticationResult result = accounts.authenticate(username, password, servletRequest.getRemoteAddr(), false);
            if (result instanceof AuthenticationResult.Authenticated authenticated) {
                signIn(request, authenticated.operator());
            } else if (result instanceof AuthenticationResult.Rejected rejected) {
                request.abortWith(unauthorized(rejected.message()));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void signIn(ContainerRequestContext request, Operator operator) {
        currentOperator.set(operator);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return operator::username;
            }

            @Override
            public boolean isUserInRole(String role) {
                return operator.roles().stream().anyMatch(r -> r.name().equals(role));
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        });
    }

    private static char[] decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(bytes, (byte) 0);
            return result;
        } catch (IllegalArgumentException notBase64) {
            return new char[0];
        }
    }

    private static int indexOf(char[] chars, char wanted) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static Response unauthorized(String detail) {
        return Problem.response(Response.Status.UNAUTHORIZED, "Not authenticated", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
