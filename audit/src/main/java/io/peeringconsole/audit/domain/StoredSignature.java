package io.peeringconsole.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Base64;

/**
 * A console signature as the trail stores it beside what it signs (a checkpoint, an archive boundary): the key's
 * id, the algorithm, and the signature bytes in Base64. Rows are edited by hand only by someone tampering, so the
 * stored value is decoded only when checked, and a value that does not decode fails the check instead of throwing.
 */
@Embeddable
public class StoredSignature {

    @Column(name = "key_id", length = 64, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "algorithm", length = 40, nullable = false, updatable = false)
    private String algorithm;

    @Column(name = "signature", length = 200, nullable = false, updatable = false)
    private String base64;

    protected StoredSignature() {
        // for JPA
    }

    private StoredSignature(String keyId, String algorithm, String base64) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.base64 = base64;
    }

    public static StoredSignature of(AuditSignature signature) {
        return new StoredSignature(signature.keyId(), signature.algorithm(),
                Base64.getEncoder().encodeToString(signature.value()));
    }

    /** The signature as made; throws {@link IllegalArgumentException} when the stored value is not Base64. */
    public AuditSignature decoded() {
        return new AuditSignature(keyId, algorithm, Base64.getDecoder().decode(base64));
    }

    /** Whether the console's key (current or retired) signed exactly {@code signedBytes}. */
    public boolean verifies(byte[] signedBytes, AuditSigner signer) {
        try {
            return signer.verify(decoded(), signedBytes);
        } catch (IllegalArgumentException malformedBase64) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    public String algorithm() {
        return algorithm;
    }

    public String base64() {
        return base64;
    }
}
