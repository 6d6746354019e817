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
import java.util.stream.Collectors;

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

    /**
     * The certificates of the current and retired signing keys, PEM, current first: the {@code -CAfile} with which
     * gateways verify configuration snapshots ({@code openssl cms -verify ... -CAfile signing.pem -purpose any}).
     */
    @GET
    @Path("signing.pem")
    @Produces("application/x-pem-file")
    public String signingCertificates() {
        return keys.signingKeys(operator.get()).stream().map(SigningKeyView::certificatePem)
                .collect(Collectors.joining());
    }

    /** The CA certificate gateways and their peers need to verify gateway client certificates. */
    @GET
    @Path("gateway-ca.pem")
    @Produces("application/x-pem-file")
    public String gatewayCa() {
        return keys.gatewayCaPem(operator.get());
    }
}
