package io.peeringconsole.truststore.certificate;

import java.math.BigInteger;
import java.util.Locale;

/** One spelling of serial numbers everywhere, so that a CRL entry and a certificate compare as strings. */
public final class SerialNumbers {

    private SerialNumbers() {
    }

    /** Upper-case hex without separators or leading zeros, as {@code openssl x509 -serial} prints it. */
    public static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }
}
