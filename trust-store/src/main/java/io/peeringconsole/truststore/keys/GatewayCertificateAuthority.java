package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.encoding.Pem;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The small CA that issues gateway client certificates from PKCS#10 requests. From a request it takes only the key
 * (after checking the request's signature); subject, names, usages and validity are ours. Certificates are short-lived
 * (at most 30 days), so gateways renew instead of relying on revocation.
 */
public final class GatewayCertificateAuthority {

    public static final Duration MAX_VALIDITY = Duration.ofDays(30);
    /** Tolerates gateways whose clock runs a little behind ours. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    private final PrivateKey caKey;
    private final X509Certificate caCertificate;
    private final Clock clock;
    private final SecureRandom random;

    GatewayCertificateAuthority(PrivateKey caKey, X509Certificate caCertificate, Clock clock, SecureRandom random) {
        this.caKey = caKey;
        this.caCertificate = caCertificate;
        this.clock = clock;
        this.random = random;
    }

    /** The CA certificate, for gateways' and the REST layer's trust configuration. */
    public CertificateFacts certificate() {
        try {
            return new CertificateImporter().parse(caCertificate.getEncoded()).leaf();
        } catch (CertificateEncodingException impossible) {
            throw new IllegalStateException("The CA certificate came from our own key store.", impossible);
        }
    }

    /** The checker for client certificates this CA issued, as gateways present them over TLS. */
    public GatewayClientCertificates clientCertificates() {
        return new GatewayClientCertificates(List.of(caCertificate), clock);
    }

    /**
     * Issues a client certificate for gateway {@code gatewayName} of {@code localDomain}: subject
     * CN=gatewayName,O=localDomain; SANs DNS gatewayName.localDomain and URI
     * urn:peering-console:gateway:localDomain:gatewayName; EKU clientAuth; keyUsage digitalSignature.
     *
     * @param csr a PKCS#10 request, PEM or DER
     * @throws TrustStoreInputException CSR_SIGNATURE_INVALID, CSR_REQUESTS_CA, CSR_WEAK_KEY, MALFORMED_CSR,
     *     INVALID_NAME, INVALID_VALIDITY, or any refusal of the input decoder (private keys, size)
     */
    public IssuedCertificate issue(byte[] csr, String gatewayName, String localDomain, Duration validity) {
        checkValidity(validity);
        GatewayNames.check(gatewayName, localDomain);
        PKCS10CertificationRequest request = CsrReader.read(csr);
        try {
            byte[] der = sign(request.getSubjectPublicKeyInfo(), gatewayName, localDomain, validity);
            return new IssuedCertificate(Pem.encode("CERTIFICATE", der), new CertificateImporter().parse(der).leaf());
        } catch (GeneralSecurityException | IOException failure) {
            throw new ConsoleKeyStoreException("The gateway CA could not sign: " + failure.getMessage(), failure);
        }
    }

    private static void checkValidity(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new TrustStoreInputException(InputErrorCode.INVALID_VALIDITY, "A gateway certificate is valid for more"
                    + " than zero and at most 30 days (requested: " + validity + "); gateways renew before it ends.");
        }
    }

    private byte[] sign(SubjectPublicKeyInfo key, String gatewayName, String localDomain, Duration validity)
            throws GeneralSecurityException, IOException {
        Instant now = clock.instant();
        JcaX509CertificateHolder ca = new JcaX509CertificateHolder(caCertificate);
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(ca.getSubject(), Issuance.randomSerial(random),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject(gatewayName, localDomain), key);
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, GatewayNames.dnsName(gatewayName, localDomain)),
            new GeneralName(GeneralName.uniformResourceIdentifier, GatewayNames.uri(gatewayName, localDomain))});
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                .addExtension(Extension.subjectAlternativeName, false, names)
                .addExtension(Extension.subjectKeyIdentifier, false, Issuance.subjectKeyId(key))
                .addExtension(Extension.authorityKeyIdentifier, false, Issuance.authorityKeyId(ca));
        return Issuance.sign(builder, caKey).getEncoded();
    }

    private static X500Name subject(String gatewayName, String localDomain) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, localDomain).addRDN(BCStyle.CN, gatewayName).build();
    }
}
