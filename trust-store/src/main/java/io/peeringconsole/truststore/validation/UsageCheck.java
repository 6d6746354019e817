package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.ExtendedKeyUsages;
import io.peeringconsole.truststore.certificate.KeyType;
import io.peeringconsole.truststore.certificate.KeyUsage;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the leaf may be used for TLS in the roles federation needs. An absent extension allows everything; a
 * present one must allow digitalSignature (every TLS 1.3 and forward-secret handshake signs with the key) and, for
 * extended key usage, each required role.
 */
final class UsageCheck {

    private UsageCheck() {
    }

    static void check(CertificateFacts leaf, Set<TlsRole> roles, Findings findings) {
        checkKeyUsage(leaf, findings);
        checkExtendedKeyUsage(leaf, roles, findings);
    }

    private static void checkKeyUsage(CertificateFacts leaf, Findings findings) {
        if (leaf.keyUsage().isEmpty() || leaf.keyUsage().contains(KeyUsage.DIGITAL_SIGNATURE)) {
            return;
        }
        String listed = leaf.keyUsage().stream().map(KeyUsage::rfcName).collect(Collectors.joining(", "));
        String why = leaf.publicKey().type() == KeyType.RSA && leaf.keyUsage().contains(KeyUsage.KEY_ENCIPHERMENT)
                ? "it allows only RSA key transport (keyEncipherment), which TLS 1.3 and forward-secret cipher suites cannot use"
                : "TLS needs digitalSignature to prove possession of the key";
        findings.add(ReasonCode.KEY_USAGE, leaf, Describe.certificate(leaf) + " has keyUsage " + listed + " without digitalSignature: "
                + why + ". The peer must reissue it with digitalSignature.");
    }

    private static void checkExtendedKeyUsage(CertificateFacts leaf, Set<TlsRole> roles, Findings findings) {
        if (leaf.extendedKeyUsage().isEmpty() || leaf.extendedKeyUsage().contains(ExtendedKeyUsages.ANY)) {
            return;
        }
        String listed = String.join(", ", leaf.extendedKeyUsage());
        if (roles.contains(TlsRole.SERVER) && !leaf.extendedKeyUsage().contains(ExtendedKeyUsages.SERVER_AUTH)) {
            findings.add(ReasonCode.EXTENDED_KEY_USAGE_MISSING_SERVER_AUTH, leaf, Describe.certificate(leaf)
                    + " has extendedKeyUsage " + listed + " without serverAuth, so our gateways cannot accept it when the peer"
                    + " receives connections. The peer must reissue it with serverAuth.");
        }
        if (roles.contains(TlsRole.CLIENT) && !leaf.extendedKeyUsage().contains(ExtendedKeyUsages.CLIENT_AUTH)) {
            findings.add(ReasonCode.EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH, leaf, Describe.certificate(leaf)
                    + " has extendedKeyUsage " + listed + " without clientAuth. Federation servers present their certificate as"
                    + " TLS clients when they open a connection, so connections from the peer will fail. The peer must"
                    + " reissue it with both serverAuth and clientAuth (many public CAs now omit clientAuth).");
        }
    }
}
