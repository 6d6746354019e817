package io.peeringconsole.web.ui.trust;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An SPKI pin as typed or pasted: the base64 SHA-256 of a public key, 44 characters. People copy pins from HPKP
 * headers ({@code pin-sha256="..."}), from OkHttp ({@code sha256/...}) or from an openssl pipeline, so those
 * wrappings are taken off before the pin is judged.
 */
final class PinInput {

    static final String EXAMPLE = "openssl x509 -in peer.pem -pubkey -noout | openssl pkey -pubin -outform der"
            + " | openssl dgst -sha256 -binary | base64";

    private static final Pattern WRAPPING = Pattern.compile("^(pin-sha256\\s*=\\s*|sha256/)", Pattern.CASE_INSENSITIVE);
    private static final int LENGTH = 44;
    private static final int DIGEST_BYTES = 32;

    private PinInput() {
    }

    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String pin = WRAPPING.matcher(typed.strip()).replaceFirst("");
        return pin.replace("\"", "").replace("'", "").strip();
    }

    static Optional<String> problem(String typed) {
        String pin = normalise(typed);
        if (pin.isEmpty()) {
            return Optional.of("Give the pin: the base64 SHA-256 of the peer's public key, e.g. from " + EXAMPLE + ".");
        }
        if (pin.length() != LENGTH || decodedLength(pin) != DIGEST_BYTES) {
            return Optional.of("“" + abbreviated(pin) + "” is not an SPKI pin: a pin is 44 base64 characters"
                    + " (a SHA-256 digest, ending in “=”). Compute it with " + EXAMPLE + ".");
        }
        return Optional.empty();
    }

    private static int decodedLength(String pin) {
        try {
            return Base64.getDecoder().decode(pin).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }

    private static String abbreviated(String pin) {
        return pin.length() <= 60 ? pin : pin.substring(0, 57) + "...";
    }
}
