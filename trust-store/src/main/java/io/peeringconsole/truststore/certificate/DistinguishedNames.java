package io.peeringconsole.truststore.certificate;

import java.io.IOException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;

/** Displays names the way OpenSSL's {@code -nameopt RFC2253} and most tools do, most specific part first. */
final class DistinguishedNames {

    private DistinguishedNames() {
    }

    static String rfc2253(X500Name name) throws IOException {
        return new X500Principal(name.getEncoded()).getName(X500Principal.RFC2253);
    }
}
