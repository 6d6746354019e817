package io.peeringconsole.trust.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.truststore.keys.SigningKeyInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.List;

/** The console's own signing keys as operators see them: listed for anyone, rotated by an administrator. */
@ApplicationScoped
public class ConsoleKeyService {

    @Inject
    ConsoleKeys consoleKeys;

    @Inject
    AuditTrail auditTrail;

    public List<SigningKeyView> signingKeys(Operator op) {
        AccessPolicy.requireCanReadRegistry(op);
        return consoleKeys.signingKeys().all().stream().map(SigningKeyView::of).toList();
    }

    public String gatewayCaPem(Operator op) {
        AccessPolicy.requireCanReadRegistry(op);
        return consoleKeys.gatewayCaPem();
    }

    /**
     * Makes a new signing key current; the old one stays listed so that what it signed still verifies. The key
     * store is a file that no transaction can roll back, so the audit entry is written (and flushed) first: if the
     * rotation then fails, the transaction and its entry roll back together, and no rotation goes unrecorded.
     */
    @Transactional
    public SigningKeyView rotateSigningKey(Operator op) {
        AccessPolicy.requireCanManageConsoleKeys(op);
        SigningKeyInfo previous = consoleKeys.signingKeys().current();
        String state = Json.createObjectBuilder().add("currentKeyId", previous.keyId()).build().toString();
        auditTrail.record(op.actor(), AuditEvent.of("SIGNING_KEY_ROTATED", "SigningKey", previous.keyId()).before(state));
        return SigningKeyView.of(consoleKeys.signingKeys().rotate());
    }
}
