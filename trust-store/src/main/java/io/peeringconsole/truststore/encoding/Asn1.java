package io.peeringconsole.truststore.encoding;

import java.io.IOException;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/** Reads untrusted DER without letting a parser failure of any kind escape. */
public final class Asn1 {

    private Asn1() {
    }

    /** The single object that makes up {@code der}; empty when it is not valid DER or has bytes after the object. */
    public static Optional<ASN1Primitive> parseExactly(byte[] der) {
        return parse(der, true);
    }

    /** The first object in {@code der}, ignoring anything after it (OpenSSL appends trust settings that way). */
    public static Optional<ASN1Primitive> parseFirst(byte[] der) {
        return parse(der, false);
    }

    @SuppressWarnings("java:S1181")
    private static Optional<ASN1Primitive> parse(byte[] der, boolean exactly) {
        // The byte-array constructor bounds every length by the input size, so a forged length cannot allocate more.
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive object = in.readObject();
            if (object == null || (exactly && in.available() > 0)) {
                return Optional.empty();
            }
            return Optional.of(object);
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        } catch (StackOverflowError deeplyNested) {
            // Nested constructed encodings recurse in the parser; a hostile upload must not take the thread down.
            return Optional.empty();
        }
    }
}
