package io.peeringconsole.web.infrastructure.keys;

import io.peeringconsole.audit.domain.AuditSignature;
import io.peeringconsole.audit.domain.AuditSigner;
import io.peeringconsole.trust.application.ConsoleKeys;
import io.peeringconsole.truststore.keys.SignatureValue;
import io.peeringconsole.truststore.keys.SigningKeyInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit checkpoints, archive boundaries and exports are signed with the same key as configuration snapshots; retired
 * keys keep verifying what they signed.
 */
@ApplicationScoped
public class ConsoleAuditSigner implements AuditSigner {

    @Inject
    ConsoleKeys keys;

    @Override
    public AuditSignature sign(byte[] data) {
        SignatureValue signature = keys.signingKeys().sign(data);
        return new AuditSignature(signature.keyId(), signature.algorithm(), signature.value());
    }

    @Override
    public boolean verify(AuditSignature signature, byte[] data) {
        return keys.signingKeys().verify(new SignatureValue(signature.keyId(), signature.algorithm(),
                signature.value()), data);
    }

    @Override
    public Map<String, String> certificates() {
        Map<String, String> pems = new LinkedHashMap<>();
        for (SigningKeyInfo key : keys.signingKeys().all()) {
            pems.put(key.keyId(), key.certificate().pem());
        }
        return pems;
    }
}
