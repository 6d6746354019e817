package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinInputTest {

    private static final String PIN = pin("a public key");

    private static String pin(String key) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBase64Sha256IsAPin() {
        assertEquals(44, PIN.length());
        assertEquals(Optional.empty(), PinInput.problem(PIN));
        assertEquals(PIN, PinInput.normalise("  " + PIN + "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha256/", "SHA256/", "pin-sha256=", "pin-sha256 = "})
    void theWrappingOfHpkpAndOkHttpIsTakenOff(String prefix) {
        String typed = prefix + (prefix.startsWith("pin") ? "\"" + PIN + "\"" : PIN);

        assertEquals(PIN, PinInput.normalise(typed));
        assertEquals(Optional.empty(), PinInput.problem(typed));
    }

    @Test
    void nothingTypedAsksForThePinAndSaysHowToComputeIt() {
        String problem = PinInput.problem(" ").orElseThrow();

        assertTrue(problem.startsWith("Give the pin"), problem);
        assertTrue(problem.contains("openssl"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "AB:CD:EF:01", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingButA32ByteDigestIsRefusedWithTheValueQuoted(String typed) {
        String problem = PinInput.problem(typed).orElseThrow();

        assertTrue(problem.contains("is not an SPKI pin"), problem);
        assertTrue(problem.contains(typed), problem);
    }

    @Test
    void aSha1DigestIsNotAPin() {
        String sha1 = Base64.getEncoder().encodeToString(new byte[20]);

        assertTrue(PinInput.problem(sha1).isPresent());
    }
}
