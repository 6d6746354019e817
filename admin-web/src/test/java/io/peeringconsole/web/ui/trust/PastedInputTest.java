package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PastedInputTest {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

    @Test
    void nothingPastedAsksForACertificate() {
        assertTrue(PastedInput.problem("  \n ", "a certificate").orElseThrow().startsWith("Paste a certificate"));
        assertTrue(PastedInput.problem(null, "a CRL").orElseThrow().startsWith("Paste a CRL"));
    }

    @Test
    void moreThanOneMebibyteIsRefusedWithItsSize() {
        String text = "A".repeat(PastedInput.MAX_BYTES + 1);

        String problem = PastedInput.problem(text, "a certificate").orElseThrow();

        assertTrue(problem.contains((PastedInput.MAX_BYTES + 1) + " bytes"), problem);
    }

    @Test
    void exactlyOneMebibyteIsAccepted() {
        assertEquals(Optional.empty(), PastedInput.problem("A".repeat(PastedInput.MAX_BYTES), "a certificate"));
    }

    @Test
    void whatATerminalAddsAroundThePemIsDropped() {
        assertEquals(Optional.empty(), PastedInput.problem("\n  " + PEM + "\n\n", "a certificate"));
        assertArrayEquals(PEM.getBytes(StandardCharsets.UTF_8), PastedInput.bytes("\n  " + PEM + "\n\n"));
    }

    @Test
    void aPrivateKeyIsLeftForTheTrustStoreToRefuse() {
        String key = "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----";

        assertEquals(Optional.empty(), PastedInput.problem(key, "a certificate"));
    }
}
