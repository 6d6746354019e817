package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The console's signing key (EC P-256) and its predecessors. Rotation keeps the old certificate, public key only, so
 * that snapshots and audit checkpoints signed before the rotation still verify; the old private key is deleted.
 */
public final class SigningKeys {

    static final String CURRENT_PREFIX = "signing-";
    static final String RETIRED_PREFIX = "retired-signing-";

    private final Pkcs12File file;
    private final KeyStore store;
    private final Clock clock;
    private final SecureRandom random;
    private String currentAlias;
    // Unlocking a key costs a deliberate 100,000 PBKDF2 rounds, so the current one is kept once unlocked.
    private PrivateKey currentKey;

    SigningKeys(Pkcs12File file, KeyStore store, Clock clock, SecureRandom random) throws GeneralSecurityException {
        this.file = file;
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.currentAlias = aliases(CURRENT_PREFIX).stream().findFirst()
                .orElseThrow(() -> new ConsoleKeyStoreException("The console key store " + file.path() + " holds no signing key."));
        this.currentKey = file.key(store, currentAlias);
    }

    static String addNewKey(Pkcs12File file, KeyStore store, SelfSignedCertificates certificates, Instant now)
            throws GeneralSecurityException {
        KeyPair key = certificates.newEcKey();
        String alias = CURRENT_PREFIX + KeyIds.of(key.getPublic());
        file.putKey(store, alias, key.getPrivate(), certificates.signingCertificate(key, now));
        return alias;
    }

    public synchronized SigningKeyInfo current() {
        return info(currentAlias, true);
    }

    /** The current key first, then retired ones, newest first. */
    public synchronized List<SigningKeyInfo> all() {
        List<SigningKeyInfo> keys = new ArrayList<>(List.of(current()));
        aliases(RETIRED_PREFIX).stream().map(alias -> info(alias, false))
                .sorted(Comparator.comparing((SigningKeyInfo k) -> k.certificate().notBefore()).reversed())
                .forEach(keys::add);
        return keys;
    }

    public synchronized SignatureValue sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(Issuance.SIGNATURE_ALGORITHM);
            signature.initSign(currentKey, random);
            signature.update(data);
            return new SignatureValue(keyId(currentAlias), Issuance.SIGNATURE_ALGORITHM, signature.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("The platform cannot sign with EC P-256.", impossible);
        }
    }

    /**
     * A detached CMS SignedData over {@code content} by the current key, its certificate included, so that anyone
     * holding that certificate verifies with {@code openssl cms -verify -binary -inform DER -content ... -CAfile ...}.
     */
    public synchronized byte[] signDetachedCms(byte[] content) {
        try {
            return DetachedCms.sign(currentKey, (X509Certificate) store.getCertificate(currentAlias), content);
        } catch (GeneralSecurityException unreadable) {
            throw new ConsoleKeyStoreException("The certificate of the current signing key cannot be read.", unreadable);
        }
    }

    /** The certificates of the current and retired keys: what verifies every signature this console ever made. */
    public synchronized List<X509Certificate> certificates() {
        List<X509Certificate> all = new ArrayList<>();
        for (String alias : aliases(CURRENT_PREFIX)) {
            certificateFor(keyId(alias)).ifPresent(all::add);
        }
        for (String alias : aliases(RETIRED_PREFIX)) {
            certificateFor(keyId(alias)).ifPresent(all::add);
        }
        return all;
    }

    /** True only when a current or retired key with that id made {@code signature} over {@code data}. */
    public synchronized boolean verify(SignatureValue signature, byte[] data) {
        Optional<X509Certificate> certificate = certificateFor(signature.keyId());
        if (certificate.isEmpty() || !Issuance.SIGNATURE_ALGORITHM.equals(signature.algorithm())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Issuance.SIGNATURE_ALGORITHM);
            verifier.initVerify(certificate.get().getPublicKey());
            verifier.update(data);
            return verifier.verify(signature.value());
        } catch (GeneralSecurityException malformedSignature) {
            return false;
        }
    }

    /** Replaces the current key with a new one and keeps the old public key; the file is rewritten atomically. */
    public synchronized SigningKeyInfo rotate() {
        String oldAlias = currentAlias;
        PrivateKey oldKey = currentKey;
        try {
            X509Certificate oldCertificate = (X509Certificate) store.getCertificate(oldAlias);
            String newAlias = addNewKey(file, store, new SelfSignedCertificates(random), clock.instant());
            store.deleteEntry(oldAlias);
            store.setCertificateEntry(RETIRED_PREFIX + keyId(oldAlias), oldCertificate);
            file.save(store);
            currentAlias = newAlias;
            currentKey = file.key(store, newAlias);
            return current();
        } catch (GeneralSecurityException | RuntimeException failure) {
            restore(oldAlias, oldKey);
            throw new ConsoleKeyStoreException("The signing key could not be rotated; the old key stays in use.", failure);
        }
    }

    private void restore(String oldAlias, PrivateKey oldKey) {
        try {
            X509Certificate oldCertificate = certificateFor(keyId(oldAlias)).orElseThrow();
            for (String alias : aliases(CURRENT_PREFIX)) {
                store.deleteEntry(alias);
            }
            store.deleteEntry(RETIRED_PREFIX + keyId(oldAlias));
            file.putKey(store, oldAlias, oldKey, oldCertificate);
            currentAlias = oldAlias;
            currentKey = oldKey;
        } catch (GeneralSecurityException | RuntimeException alsoFailed) {
            throw new ConsoleKeyStoreException("The signing key rotation failed and could not be undone in memory;"
                    + " restart the console to reload " + file.path() + ".", alsoFailed);
        }
    }

    private Optional<X509Certificate> certificateFor(String keyId) {
        try {
            for (String alias : List.of(CURRENT_PREFIX + keyId, RETIRED_PREFIX + keyId)) {
                if (store.containsAlias(alias)) {
                    return Optional.of((X509Certificate) store.getCertificate(alias));
                }
            }
            return Optional.empty();
        } catch (GeneralSecurityException unreadable) {
            return Optional.empty();
        }
    }

    private SigningKeyInfo info(String alias, boolean current) {
        try {
            byte[] der = store.getCertificate(alias).getEncoded();
            CertificateFacts facts = new CertificateImporter().parse(der).leaf();
            return new SigningKeyInfo(keyId(alias), facts, current);
        } catch (GeneralSecurityException unreadable) {
            throw new ConsoleKeyStoreException("The certificate of signing key " + alias + " cannot be read.", unreadable);
        }
    }

    private List<String> aliases(String prefix) {
        try {
            return Collections.list(store.aliases()).stream().filter(a -> a.startsWith(prefix)).sorted().toList();
        } catch (GeneralSecurityException unreadable) {
            throw new ConsoleKeyStoreException("The console key store " + file.path() + " cannot be listed.", unreadable);
        }
    }

    private static String keyId(String alias) {
        return alias.substring(alias.lastIndexOf('-') + 1);
    }
}
