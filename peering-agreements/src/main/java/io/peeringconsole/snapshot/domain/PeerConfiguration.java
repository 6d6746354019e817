package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.GateReason;
import java.util.List;
import java.util.Objects;

/**
 * Everything one local domain's gateways enforce towards one peer network: the agreement in force, trust, privacy
 * terms, the public groups exposed to it and the clearing house it is reached through (null for a direct route).
 *
 * @param activationRefusals what the agreement's activation gate says against it now; read by the publish gate,
 *                           not part of the snapshot
 */
public record PeerConfiguration(long peerNetworkId, String name, List<String> domains, AgreementInForce agreement,
        PeerTrust trust, SharingTerm privacy, List<ExposedGroup> publicGroups, HubRoute hub,
        List<GateReason> activationRefusals) {

    /** A public group (resource list) the peer may subscribe to. */
    public record ExposedGroup(String uri, int maxSize) {

        public ExposedGroup {
            Objects.requireNonNull(uri, "uri");
        }
    }

    public PeerConfiguration {
        Objects.requireNonNull(name, "name");
        domains = List.copyOf(domains);
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(privacy, "privacy");
        publicGroups = List.copyOf(publicGroups);
        activationRefusals = List.copyOf(activationRefusals);
    }
}
