package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.permission.domain.PermissionRules;
import io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting;
import io.peeringconsole.privacy.preview.PreviewResult;
import io.peeringconsole.privacy.preview.PrivacyPreview;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.xml.PresRulesXml;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Previews what a peer network would receive under the pair's stored permission (default deny when none). Reads
 * only: nothing of the pasted rules or presence is stored or audited.
 */
@ApplicationScoped
public class PrivacyPreviewService {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PreviewResult preview(Operator op, String localDomain, long peerNetworkId, String presRules,
            PresenceDocument presence, String watcher) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        PermissionRules.requireMayRead(op, domain);
        PairFacts facts = new PairFacts(em);
        facts.requireLocalDomain(domain);
        RegisteredPeer peer = facts.peer(peerNetworkId, "peerNetworkId");
        if (presRules == null || presRules.isBlank()) {
            throw new RuleViolationException("presRules", "Paste or upload the user's pres-rules document (RFC 5025),"
                    + " starting with <cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\">.");
        }
        if (presence == null) {
            throw new RuleViolationException("presence", "Give the presence document to preview, for example"
                    + " {\"presentity\": \"sip:alice@" + domain + "\", \"attributes\": {\"BASIC_STATUS\": \"open\"}}.");
        }
        RuleSet rules = PresRulesXml.read(presRules);
        PrivacyPermission permission = facts.setting(domain, peerNetworkId)
                .map(PrivacyPermissionSetting::permission)
                .orElseGet(() -> PrivacyPermission.denyAll(domain, Long.toString(peerNetworkId)));
        return new PrivacyPreview(permission, peer.domains()).of(rules, presence, Optional.ofNullable(watcher),
                clock.instant());
    }
}
