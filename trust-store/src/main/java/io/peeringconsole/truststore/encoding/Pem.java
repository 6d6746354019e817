package io.peeringconsole.truststore.encoding;

import java.util.Base64;

/** Writes RFC 7468 text, 64 characters a line, as OpenSSL expects. */
public final class Pem {

    private Pem() {
    }

    public static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
