package io.peeringconsole.gateway.application;

/**
 * A gateway with the bearer token just issued to it. The token exists nowhere else: show it once and forget it.
 */
public record IssuedToken(GatewayView gateway, String token) {

    @Override
    public String toString() {
        return "IssuedToken[gateway=" + gateway.name() + "]";
    }
}
