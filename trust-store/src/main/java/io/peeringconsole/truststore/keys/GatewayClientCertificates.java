package io.peeringconsole.truststore.keys;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks a client certificate that a gateway presented over TLS and says which gateway the gateway CA issued it to.
 * The TLS listener already checked the chain; the application checks again because the listener's trust store is
 * configuration an operator can change, while these rules (our CA, in validity, clientAuth, our URI name) are not.
 */
public final class GatewayClientCertificates {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int URI_NAME = 6;
    private static final String URI_PREFIX = "urn:peering-console:gateway:";

    private final List<X509Certificate> issuers;
    private final Clock clock;

    /** @param issuers the current gateway CA certificate first, then retired ones whose certificates may still be valid */
    public GatewayClientCertificates(List<X509Certificate> issuers, Clock clock) {
        this.issuers = List.copyOf(issuers);
        this.clock = clock;
    }

    /** What the check found: the gateway the certificate names, or why it is refused. */
    public sealed interface Outcome permits Identified, Refused {
    }

    /**
     * @param sha256 the certificate's SHA-256 fingerprint, lower-case hex without separators
     */
    public record Identified(String gatewayName, String localDomain, String sha256, Instant notAfter)
            implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    /** Checks the leaf of {@code chain} (as the servlet container hands it over: leaf first). */
    public Outcome check(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return new Refused("No client certificate was presented.");
        }
        X509Certificate leaf = chain[0];
        Instant now = clock.instant();
        Optional<X509Certificate> issuer = issuers.stream().filter(ca -> issued(leaf, ca)).findFirst();
        if (issuer.isEmpty()) {
            return new Refused("The client certificate " + leaf.getSubjectX500Principal().getName() + " was not"
                    + " issued by this console's gateway CA; send a CSR to the console and use the certificate it"
                    + " issues.");
        }
        if (!issuer.get().getNotAfter().toInstant().isAfter(now)) {
            return new Refused("The gateway CA that issued this client certificate expired on "
                    + issuer.get().getNotAfter().toInstant() + "; renew the gateway's certificate.");
        }
        if (leaf.getNotAfter().toInstant().isBefore(now)) {
            return new Refused("The client certificate expired on " + leaf.getNotAfter().toInstant()
                    + "; renew it by sending a new CSR for this gateway.");
        }
        if (leaf.getNotBefore().toInstant().isAfter(now)) {
            return new Refused("The client certificate is valid only from " + leaf.getNotBefore().toInstant()
                    + "; check the gateway's clock.");
        }
        if (leaf.getBasicConstraints() >= 0 || !clientAuth(leaf)) {
            return new Refused("The client certificate is not a gateway certificate (it lacks the clientAuth"
                    + " extended key usage or is a CA); use the certificate the console issued for the gateway.");
        }
        return identity(leaf);
    }

    private static boolean issued(X509Certificate leaf, X509Certificate ca) {
        if (!leaf.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            leaf.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException wrongSignature) {
            return false;
        }
    }

    private static boolean clientAuth(X509Certificate leaf) {
        try {
            List<String> usages = leaf.getExtendedKeyUsage();
            return usages != null && usages.contains(CLIENT_AUTH);
        } catch (CertificateParsingException malformed) {
            return false;
        }
    }

    private static Outcome identity(X509Certificate leaf) {
        Optional<String> uri = uriName(leaf);
        // The URI is "urn:peering-console:gateway:<local domain>:<gateway name>"; a domain holds no colon.
        String rest = uri.map(u -> u.substring(URI_PREFIX.length())).orElse("");
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return new Refused("The client certificate does not name a gateway; use the certificate the console"
                    + " issued for the gateway.");
        }
        String localDomain = rest.substring(0, colon);
        String gatewayName = rest.substring(colon + 1);
        try {
            GatewayNames.check(gatewayName, localDomain);
        } catch (RuntimeException malformed) {
            return new Refused("The client certificate names no valid gateway: " + malformed.getMessage());
        }
        return new Identified(gatewayName, localDomain, sha256(leaf), leaf.getNotAfter().toInstant());
    }

    private static Optional<String> uriName(X509Certificate leaf) {
        try {
            var names = leaf.getSubjectAlternativeNames();
            if (names == null) {
                return Optional.empty();
            }
            return names.stream().filter(n -> ((Integer) n.get(0)) == URI_NAME).map(n -> (String) n.get(1))
                    .filter(u -> u.startsWith(URI_PREFIX)).findFirst();
        } catch (CertificateParsingException malformed) {
            return Optional.empty();
        }
    }

    /** Lower-case hex SHA-256 of the DER encoding, the form a gateway's stored certificate pin takes. */
    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("A parsed certificate always encodes, and every runtime has SHA-256",
                    impossible);
        }
    }
}
