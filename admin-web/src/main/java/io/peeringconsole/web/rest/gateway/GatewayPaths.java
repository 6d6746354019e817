package io.peeringconsole.web.rest.gateway;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;

/**
 * Which requests are gateways' (bearer token or client certificate) rather than operators' (HTTP Basic): those under
 * {@code gateway/}.
 */
public final class GatewayPaths {

    static final String ROOT = "gateway";

    private GatewayPaths() {
    }

    public static boolean isGatewayRequest(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments();
        return !segments.isEmpty() && ROOT.equals(segments.get(0).getPath());
    }
}
