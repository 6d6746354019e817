package io.peeringconsole.audit.forwarding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Cutting text to a byte budget without splitting a character. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The text's UTF-8 bytes if they fit in {@code budget}; otherwise as many whole characters as fit together with
     * {@code note}, then the note.
     */
    static byte[] cut(String text, int budget, String note) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= budget) {
            return bytes;
        }
        byte[] noteBytes = note.getBytes(StandardCharsets.UTF_8);
        int end = Math.max(0, budget - noteBytes.length);
        // Back up over continuation bytes (10xxxxxx) so that the cut falls before a character, not inside one.
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] cut = Arrays.copyOf(bytes, end + noteBytes.length);
        System.arraycopy(noteBytes, 0, cut, end, noteBytes.length);
        return cut;
    }
}
