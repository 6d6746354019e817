package io.peeringconsole.web.rest.trust;

import io.peeringconsole.trust.application.ConsoleKeyService;
import io.peeringconsole.trust.application.SigningKeyView;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The console's own keys: {@code /api/v1/console-keys}. */
@Path("console-keys")
public class ConsoleKeyResource {

    @Inject
    private ConsoleKeyService keys;

    @Inject
    private CurrentOperator operator;

    @GET
    @Path("signing")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SigningKeyView> signingKeys() {
        return keys.signingKeys(operator.get());
    }

    @POST
    @Path("signing/rotation")
    @Produces(MediaType.APPLICATION_JSON)
    public SigningKeyView rotate() {
        return keys.rotateSigningKey(operator.get());
    }

    /** The CA certificate gateways and their peers need to verify gateway client certificates. */
    @GET
    @Path("gateway-ca.pem")
    @Produces("application/x-pem-file")
    public String gatewayCa() {
        return keys.gatewayCaPem(operator.get());
    }
}
