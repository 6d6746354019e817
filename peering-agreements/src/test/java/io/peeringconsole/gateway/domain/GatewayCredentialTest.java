package io.peeringconsole.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayCredentialTest {

    @Test
    void anIssuedTokenCarriesAtLeast256RandomBitsAndOnlyItsHashIsKept() {
        GatewayCredential.Issued issued = GatewayCredential.issue();
        GatewayCredential.Presented parts = GatewayCredential.parse(issued.token()).orElseThrow();
        assertEquals(32, Base64.getUrlDecoder().decode(parts.secret()).length);
        assertEquals(issued.credentialId(), parts.credentialId());
        assertEquals(64, issued.secretHash().length());
        assertFalse(issued.secretHash().contains(parts.secret()));
        assertFalse(issued.toString().contains(parts.secret()), "the secret never reaches a log line");
        assertTrue(GatewayCredential.matches(parts, issued.secretHash()));
    }

    @Test
    void everyIssueIsDifferent() {
        Set<String> tokens = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            GatewayCredential.Issued issued = GatewayCredential.issue();
            tokens.add(issued.token());
            ids.add(issued.credentialId());
        }
        assertEquals(1_000, tokens.size());
        assertEquals(1_000, ids.size());
    }

    @Test
    void aSecretDifferingInOneCharacterDoesNotMatch() {
        GatewayCredential.Issued issued = GatewayCredential.issue();
        GatewayCredential.Presented parts = GatewayCredential.parse(issued.token()).orElseThrow();
        char[] secret = parts.secret().toCharArray();
        for (int i = 0; i < secret.length; i++) {
            char[] changed = secret.clone();
            changed[i] = changed[i] == 'A' ? 'B' : 'A';
            var wrong = new GatewayCredential.Presented(parts.credentialId(), new String(changed));
            assertFalse(GatewayCredential.matches(wrong, issued.secretHash()), "position " + i);
        }
    }

    @Test
    void anythingButTheTokenShapeIsNotATokenAtAll() {
        String good = GatewayCredential.issue().token();
        for (String bad : new String[] {null, "", "Bearer " + good, good + "x", good.substring(1),
                good.replace("pcg.", "pcx."), "pcg..", "pcg.aaaaaaaaaaaaaaaa." + "a".repeat(42),
                good.replace('.', ':'), good.substring(0, 25) + "+" + good.substring(26)}) {
            assertTrue(GatewayCredential.parse(bad).isEmpty(), String.valueOf(bad));
        }
        assertTrue(GatewayCredential.parse("  " + good + " ").isPresent(), "surrounding white space is tolerated");
    }

    @Test
    void aRotatedCredentialReplacesTheOld() {
        GatewayCredential.Issued first = GatewayCredential.issue();
        GatewayCredential.Issued second = GatewayCredential.issue();
        assertNotEquals(first.secretHash(), second.secretHash());
        assertFalse(GatewayCredential.matches(GatewayCredential.parse(first.token()).orElseThrow(),
                second.secretHash()));
    }
}
