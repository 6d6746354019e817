package io.peeringconsole.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Peering Console API", version = "1",
        description = "Operators authenticate with HTTP Basic; gateways, under /api/v1/gateway, with their bearer"
                + " token. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "operatorBasic"))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "operatorBasic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "gatewayToken", type = SecuritySchemeType.HTTP, scheme = "bearer")})
public class ApiApplication extends Application {
}
