package io.peeringconsole.truststore.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The HTTPS listener's key when the operator supplies none: a self-signed certificate for one host name in
 * {@code tls-server.p12}, with its generated password in {@code tls-server.password} (owner-readable only). It is
 * kept across restarts, so that gateways that pinned it keep working, and replaced when the host name changes or
 * less than 30 days remain. Production should supply a certificate from a CA its gateways already trust.
 */
public record TlsServerKeyStore(Path file, char[] password, String alias) {

    public static final String FILE_NAME = "tls-server.p12";
    public static final String ALIAS = "console-tls";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    public TlsServerKeyStore {
        Objects.requireNonNull(file, "file");
        password = password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "TlsServerKeyStore[" + file + ", alias=" + alias + "]";
    }

    /**
     * Opens the self-signed listener key in {@code directory} for {@code hostName}, creating or replacing it when it
     * is missing, for another host name or near its end.
     *
     * @throws ConsoleKeyStoreException when the files cannot be read or written
     */
    public static TlsServerKeyStore openOrCreate(Path directory, String hostName, Clock clock) {
        SecureRandom random = new SecureRandom();
        try {
            Files.createDirectories(directory);
            char[] password = KeyStorePassword.readOrGenerate(directory.resolve("tls-server.password"), random);
            Pkcs12File file = new Pkcs12File(directory.resolve(FILE_NAME), password, random);
            if (!file.exists() || !fits(file.load(), hostName, clock.instant())) {
                KeyStore store = Pkcs12File.empty();
                KeyPair key = new SelfSignedCertificates(random).newEcKey();
                file.putKey(store, ALIAS, key.getPrivate(), certificate(key, hostName, clock.instant(), random));
                file.save(store);
            }
            return new TlsServerKeyStore(file.path(), password, ALIAS);
        } catch (IOException | GeneralSecurityException failure) {
            throw new ConsoleKeyStoreException("The HTTPS listener's key in " + directory + " is unusable: "
                    + failure.getMessage() + ". Move " + FILE_NAME + " away to have a new one made.", failure);
        }
    }

    private static boolean fits(KeyStore store, String hostName, Instant now) throws GeneralSecurityException {
        if (!(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
            return false;
        }
        try {
            var names = certificate.getSubjectAlternativeNames();
            boolean named = names != null && names.stream()
                    .anyMatch(n -> ((Integer) n.get(0)) == GeneralName.dNSName && hostName.equals(n.get(1)));
            return named && certificate.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE));
        } catch (CertificateParsingException malformed) {
            return false;
        }
    }

    private static X509Certificate certificate(KeyPair key, String hostName, Instant now, SecureRandom random)
            throws GeneralSecurityException, IOException {
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Peering Console")
                .addRDN(BCStyle.CN, hostName).build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, Issuance.randomSerial(random),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(LIFETIME)), subject, key.getPublic());
        List<GeneralName> names = new java.util.ArrayList<>(List.of(new GeneralName(GeneralName.dNSName, hostName)));
        if ("localhost".equals(hostName)) {
            // Clients that connect to the loopback address by number check it against the certificate too.
            names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        }
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        Issuance.subjectKeyId(SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded())));
        return new JcaX509CertificateConverter().getCertificate(Issuance.sign(builder, key.getPrivate()));
    }
}
