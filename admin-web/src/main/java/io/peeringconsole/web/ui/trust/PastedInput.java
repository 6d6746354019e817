package io.peeringconsole.web.ui.trust;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text pasted into an import box. Only what the browser can judge without parsing is checked here (something was
 * pasted, and not too much of it); whether it is a certificate, a chain or a private key is for the trust store
 * to say, with its own message.
 */
final class PastedInput {

    /** The same limit as for uploaded files and the REST API. */
    static final int MAX_BYTES = 1024 * 1024;

    private PastedInput() {
    }

    static Optional<String> problem(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.of("Paste " + what + " in PEM form (-----BEGIN ...-----), or upload a file.");
        }
        int size = bytes(text).length;
        if (size > MAX_BYTES) {
            return Optional.of("The pasted text has " + size + " bytes; at most 1 MiB (" + MAX_BYTES
                    + " bytes) is accepted. Paste the certificates on their own, or upload fewer at a time.");
        }
        return Optional.empty();
    }

    /** Surrounding blanks are dropped: they are what a copy from a terminal or an e-mail adds. */
    static byte[] bytes(String text) {
        return text.strip().getBytes(StandardCharsets.UTF_8);
    }
}
