package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.ActivationGate;
import io.peeringconsole.agreement.domain.ClearingHouseSettings;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.domain.TrustCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The activation gate's verdict now, for every agreement a publish is about to send, also when no person is behind it
 * (automatic publishing): an agreement that was fine when it was approved may no longer be.
 */
@ApplicationScoped
public class AgreementRechecks {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    /**
     * The parties are read with one query per thousand, and the gate asks {@code trust} and {@code hubPolicies}, read
     * beforehand for all of them (see {@link io.peeringconsole.agreement.infrastructure.TrustStoreCheck#answering}),
     * instead of the trust store once per agreement. The same rules give the same reasons as on the agreement page;
     * the answer is keyed by agreement id.
     */
    @Transactional
    public Map<Long, GateResult> recheck(Collection<PeeringAgreement> agreements, TrustCheck trust,
            Map<Long, HubPolicy> hubPolicies, Instant now) {
        RegistryFacts registry = new RegistryFacts(em);
        registry.load(agreements.stream().flatMap(a -> Stream.of(a.peerNetworkId(), a.route().clearingHouseId()))
                .filter(Objects::nonNull).toList());
        ActivationGate preloaded = DefaultActivationGate.with(trust,
                hubId -> hubPolicies.getOrDefault(hubId, ClearingHouseSettings.defaults()));
        Map<Long, GateResult> results = new LinkedHashMap<>();
        for (PeeringAgreement agreement : agreements) {
            results.put(agreement.id(), preloaded.check(agreement.facts(registry.parties(agreement.localDomain(),
                    agreement.peerNetworkId(), agreement.route().clearingHouseId()), now)));
        }
        return results;
    }
}
