package io.peeringconsole.agreement.infrastructure;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.agreement.application.DefaultActivationGate;
import io.peeringconsole.agreement.domain.AgreementBuilder;
import io.peeringconsole.agreement.domain.AgreementFacts;
import io.peeringconsole.agreement.domain.ClearingHouseSettings;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.HubService;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.testing.PropertyCheck;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.trust.application.ReasonView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A publish re-checks every agreement with trust read once for all peers: the gate over those preloaded views must
 * give exactly the result (reasons and per-domain verdicts) of the gate asking the trust store per agreement.
 * Seeded cases: rerun a failure with -Dproperty.seed=N.
 */
class PreloadedGateTest {

    private static final int CASES = 300;

    @Test
    void thePreloadedGateGivesTheSameResultAsThePerAgreementGate() {
        long seed = PropertyCheck.baseSeed();
        for (int index = 0; index < CASES; index++) {
            SplittableRandom random = new SplittableRandom(seed * 17 + index);
            AgreementBuilder builder = random.nextBoolean() ? anAgreement().viaClearingHouse() : anAgreement();
            AgreementFacts facts = builder.factsOf(builder.draft(), NOW);
            Map<Long, PeerTrustView> views = views(facts, random);
            HubPolicy policy = random.nextBoolean() ? ClearingHouseSettings.defaults()
                    : new HubPolicy(Set.of(HubService.CENTRAL_LOGGING), TransitiveTrust.ACCEPT_HUB_ASSERTED_IDENTITIES);

            TrustStoreCheck check = new TrustStoreCheck();
            check.trust = new PeerTrustService() {
                @Override
                public PeerTrustView trustOf(long peerNetworkId, Instant now) {
                    return views.getOrDefault(peerNetworkId, new PeerTrustView(peerNetworkId, List.of(), List.of(),
                            List.of(), List.of()));
                }
            };
            check.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            // What DefaultActivationGate.check builds: the trust store asked subject by subject.
            var perAgreement = DefaultActivationGate.with(check, hubId -> policy);
            var preloaded = DefaultActivationGate.with(TrustStoreCheck.answering(views), hubId -> policy);
            assertEquals(perAgreement.check(facts), preloaded.check(facts), "case " + index + " of seed " + seed);
        }
    }

    /** For each party, each domain trusted, without evidence, revoked, or (rarely) missing from the trust store. */
    private static Map<Long, PeerTrustView> views(AgreementFacts facts, SplittableRandom random) {
        Map<Long, List<DomainVerdictView>> verdicts = new HashMap<>();
        for (TrustSubject subject : facts.trustSubjects()) {
            List<DomainVerdictView> party = verdicts.computeIfAbsent(subject.partyId(), id -> new ArrayList<>());
            switch (random.nextInt(7)) {
                case 0, 1, 2 -> party.add(new DomainVerdictView(subject.domain(), true, List.of(
                        new ReasonView("VALID", ReasonView.INFO, "chain validates", null))));
                case 3, 4 -> party.add(new DomainVerdictView(subject.domain(), false, List.of(
                        new ReasonView("NO_TRUST_EVIDENCE", ReasonView.ERROR, "No certificate or pin", null))));
                case 5 -> party.add(new DomainVerdictView(subject.domain(), false, List.of(
                        new ReasonView("REVOKED", ReasonView.ERROR, "the certificate was revoked", "ab"),
                        new ReasonView("EXPIRING", ReasonView.WARNING, "ends soon", "ab"))));
                default -> {
                    // the trust store has no verdict for this domain
                }
            }
        }
        Map<Long, PeerTrustView> views = new HashMap<>();
        verdicts.forEach((id, list) -> views.put(id, new PeerTrustView(id, List.of(), List.of(), List.of(), list)));
        return views;
    }
}
