package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CrlFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a validation looks at, and nothing else: the peer domain (already normalised to lower-case ASCII), the
 * presented chain (leaf first), the anchors in scope (global and the peer's own), SPKI pins, CRLs, rollover windows,
 * the TLS roles required, and the instant to judge at.
 */
public record ValidationRequest(
        String peerDomain,
        List<CertificateFacts> presentedChain,
        List<CertificateFacts> trustAnchors,
        Set<String> pins,
        List<CrlFacts> crls,
        List<RolloverWindow> rollovers,
        Set<TlsRole> requiredRoles,
        Instant now) {

    public ValidationRequest {
        Objects.requireNonNull(peerDomain, "peerDomain");
        Objects.requireNonNull(now, "now");
        presentedChain = List.copyOf(presentedChain);
        if (presentedChain.isEmpty()) {
            throw new IllegalArgumentException("The presented chain needs at least the peer's certificate.");
        }
        trustAnchors = List.copyOf(trustAnchors);
        pins = Set.copyOf(pins);
        crls = List.copyOf(crls);
        rollovers = List.copyOf(rollovers);
        requiredRoles = Set.copyOf(requiredRoles);
    }

    public CertificateFacts leaf() {
        return presentedChain.getFirst();
    }

    /** Starts a request for federation (server and client roles) with no anchors, pins, CRLs or rollovers yet. */
    public static Builder forPeer(String peerDomain, List<CertificateFacts> presentedChain) {
        return new Builder(peerDomain, presentedChain);
    }

    /** Fluent construction, so that callers name only what they have. */
    public static final class Builder {
        private final String peerDomain;
        private final List<CertificateFacts> chain;
        private final List<CertificateFacts> anchors = new ArrayList<>();
        private final Set<String> pins = new LinkedHashSet<>();
        private final List<CrlFacts> crls = new ArrayList<>();
        private final List<RolloverWindow> rollovers = new ArrayList<>();
        private Set<TlsRole> roles = EnumSet.allOf(TlsRole.class);

        private Builder(String peerDomain, List<CertificateFacts> chain) {
            this.peerDomain = peerDomain;
            this.chain = List.copyOf(chain);
        }

        public Builder anchors(Collection<CertificateFacts> trustAnchors) {
            anchors.addAll(trustAnchors);
            return this;
        }

        public Builder pins(Collection<String> spkiPins) {
            pins.addAll(spkiPins);
            return this;
        }

        public Builder crls(Collection<CrlFacts> revocationLists) {
            crls.addAll(revocationLists);
            return this;
        }

        public Builder rollovers(Collection<RolloverWindow> windows) {
            rollovers.addAll(windows);
            return this;
        }

        public Builder roles(Set<TlsRole> required) {
            roles = EnumSet.copyOf(required);
            return this;
        }

        public ValidationRequest at(Instant now) {
            return new ValidationRequest(peerDomain, chain, anchors, pins, crls, rollovers, roles, now);
        }

        public ValidationRequest at(Clock clock) {
            return at(clock.instant());
        }
    }
}
