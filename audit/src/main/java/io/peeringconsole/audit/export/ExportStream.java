package io.peeringconsole.audit.export;

import io.peeringconsole.audit.domain.AuditSignature;
import io.peeringconsole.audit.domain.AuditSigner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an export as they go out, hashed on the way, so that the trailer can carry the console's signature over
 * everything before it without the file ever being held in memory. The signature covers the ASCII text
 * {@code peering-console/audit-export/v1\n<SHA-256 of every byte before the trailer line, lower-case hex>\n}.
 */
final class ExportStream {

    private final MessageDigest digest;
    private final Writer writer;

    ExportStream(OutputStream out) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256.", e);
        }
        writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, digest),
                StandardCharsets.UTF_8), 64 * 1024);
    }

    Writer writer() {
        return writer;
    }

    /** Signs everything written so far; call just before writing the trailer. */
    AuditSignature seal(AuditSigner signer) throws IOException {
        writer.flush();
        return signer.sign(signedBytes(digest.digest()));
    }

    static byte[] signedBytes(byte[] sha256) {
        return (ExportHeader.FORMAT + "\n" + HexFormat.of().formatHex(sha256) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
