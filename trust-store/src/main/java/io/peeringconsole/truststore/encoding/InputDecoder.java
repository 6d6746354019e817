package io.peeringconsole.truststore.encoding;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns uploaded bytes into encoded objects. Size, emptiness and pasted private keys are checked first, so that a
 * private key is refused with the same message whether or not the rest of the file is readable.
 */
public final class InputDecoder {

    /** 1 MiB: larger than any certificate bundle or CRL a peer should need, small enough to parse on a request thread. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    public static final String PRIVATE_KEY_MESSAGE =
            "A private key was supplied; it was not stored — upload only the certificate.";

    private static final Pattern PRIVATE_KEY_ARMOUR = Pattern.compile("-----(BEGIN|END) [A-Z0-9 ]*PRIVATE KEY");
    private static final Pattern BARE_BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private InputDecoder() {
    }

    /** Decodes PEM (any number of blocks) or a single DER object; throws only {@link TrustStoreInputException}. */
    public static List<EncodedObject> decode(byte[] input) {
        String text = checkedText(input);
        if (text.contains("-----BEGIN") || text.contains("-----END")) {
            return PemBlocks.read(text);
        }
        if ((input[0] & 0xFF) == 0x30) {
            return List.of(DerShapes.classifyTopLevel(input));
        }
        throw unrecognised(text);
    }

    private static String checkedText(byte[] input) {
        if (input == null || input.length == 0) {
            throw new TrustStoreInputException(InputErrorCode.EMPTY_INPUT, "The upload was empty; choose a file or paste the PEM text.");
        }
        if (input.length > MAX_INPUT_BYTES) {
            throw new TrustStoreInputException(InputErrorCode.INPUT_TOO_LARGE, "The upload has " + input.length
                    + " bytes; at most 1 MiB (" + MAX_INPUT_BYTES + " bytes) is accepted. Upload the certificates or CRL on their own.");
        }
        // ISO-8859-1 maps every byte to one char, so binary input survives the scan unchanged.
        String text = new String(input, StandardCharsets.ISO_8859_1);
        if (PRIVATE_KEY_ARMOUR.matcher(text).find()) {
            throw new TrustStoreInputException(InputErrorCode.PRIVATE_KEY_SUPPLIED, PRIVATE_KEY_MESSAGE);
        }
        return text;
    }

    private static TrustStoreInputException unrecognised(String text) {
        if (BARE_BASE64.matcher(text).matches()) {
            return new TrustStoreInputException(InputErrorCode.UNRECOGNISED_FORMAT,
                    "The input looks like base64 without PEM armour; keep the -----BEGIN ...----- and -----END ...----- lines, or upload the binary DER file.");
        }
        return new TrustStoreInputException(InputErrorCode.UNRECOGNISED_FORMAT,
                "The input is neither PEM text nor DER; upload a .pem, .crt, .cer, .der, .p7b or .crl file.");
    }
}
