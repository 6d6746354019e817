package io.peeringconsole.trust.application;

import io.peeringconsole.truststore.keys.GatewayCertificateAuthority;
import io.peeringconsole.truststore.keys.SigningKeys;

/**
 * The console's own opened keys, produced by the application (admin-web) from the data directory and
 * PEERING_KEYSTORE_PASSWORD; trust only uses them.
 */
public interface ConsoleKeys {

    GatewayCertificateAuthority gatewayCa();

    /** The gateway CA's certificate as PEM. */
    String gatewayCaPem();

    /** The key that signs configuration snapshots and audit checkpoints, with its retired predecessors. */
    SigningKeys signingKeys();
}
