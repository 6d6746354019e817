package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.Base64;
import java.util.Locale;

/**
 * An RFC 7469 pin-sha256: the base64 SHA-256 of a SubjectPublicKeyInfo, 44 characters decoding to 32 bytes. The
 * {@code pin-sha256="..."} form people copy from HPKP headers and browser tools is accepted and reduced to the value.
 */
public record SpkiPin(String value) {

    public static final int LENGTH = 44;
    static final String FIELD = "spkiPin";

    private static final String PREFIX = "pin-sha256=";
    private static final String HOW_TO = " A pin is the base64 SHA-256 of the peer's public key, 44 characters ending"
            + " in '=', e.g. from: openssl x509 -in peer.pem -pubkey -noout | openssl pkey -pubin -outform der"
            + " | openssl dgst -sha256 -binary | openssl base64";

    public SpkiPin {
        if (!isCanonical(value)) {
            throw new IllegalArgumentException("Not an SPKI pin; use SpkiPin.parse for input.");
        }
    }

    /** Reads a pin a person typed or pasted, or refuses it with a message saying what a pin looks like. */
    public static SpkiPin parse(String raw) {
        String text = SafeText.trimToNull(raw);
        if (text == null) {
            throw new RuleViolationException(FIELD, "Enter the pin." + HOW_TO);
        }
        if (text.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            text = text.substring(PREFIX.length()).strip();
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (!isCanonical(text)) {
            throw new RuleViolationException(FIELD, SafeText.quote(raw) + " is not an SPKI pin." + HOW_TO);
        }
        return new SpkiPin(text);
    }

    private static boolean isCanonical(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        try {
            byte[] digest = Base64.getDecoder().decode(text);
            // Re-encoding rejects spellings with stray bits in the last character, which would be a different pin text.
            return digest.length == 32 && Base64.getEncoder().encodeToString(digest).equals(text);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
