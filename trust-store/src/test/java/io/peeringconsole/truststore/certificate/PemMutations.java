package io.peeringconsole.truststore.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Damage of the kinds copy-and-paste and transfers cause: flipped, lost or extra bytes, cut-offs, doubled armour. */
final class PemMutations {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private enum Kind { FLIP, DELETE, INSERT, SWAP_BASE64, TRUNCATE, DUPLICATE_LINE }

    private record Mutation(Kind kind, int position, byte value, int length) {
    }

    private PemMutations() {
    }

    /** {@code pem} with one to three mutations applied in turn. */
    static byte[] of(byte[] pem, SplittableRandom random) {
        int count = random.nextInt(1, 4);
        List<Mutation> mutations = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            mutations.add(new Mutation(kinds[random.nextInt(kinds.length)], random.nextInt(pem.length),
                    SeededCases.anyByte(random), random.nextInt(1, 9)));
        }
        return apply(pem, mutations);
    }

    private static byte[] apply(byte[] original, List<Mutation> mutations) {
        byte[] current = original;
        for (Mutation m : mutations) {
            current = apply(current, m);
        }
        return current;
    }

    private static byte[] apply(byte[] in, Mutation m) {
        if (in.length == 0) {
            return in;
        }
        int at = m.position() % in.length;
        return switch (m.kind()) {
            case FLIP -> replaced(in, at, (byte) (in[at] ^ (m.value() == 0 ? 1 : m.value())));
            case SWAP_BASE64 -> replaced(in, at, (byte) BASE64.charAt(Math.floorMod(m.value(), BASE64.length())));
            case DELETE -> splice(in, at, Math.min(m.length(), in.length - at), new byte[0]);
            case INSERT -> splice(in, at, 0, new byte[] {m.value()});
            case TRUNCATE -> java.util.Arrays.copyOf(in, at);
            case DUPLICATE_LINE -> duplicateLine(in, at);
        };
    }

    private static byte[] replaced(byte[] in, int at, byte value) {
        byte[] copy = in.clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.writeBytes(insert);
        out.write(in, at + remove, in.length - at - remove);
        return out.toByteArray();
    }

    /** Doubles the line at {@code at}; armour lines are favoured since they are what a careless paste doubles. */
    private static byte[] duplicateLine(byte[] in, int at) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        int armour = text.indexOf("-----", at);
        int start = text.lastIndexOf('\n', (armour >= 0 ? armour : at) - 1) + 1;
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return in;
        }
        String line = text.substring(start, end + 1);
        return (text.substring(0, end + 1) + line + text.substring(end + 1)).getBytes(StandardCharsets.ISO_8859_1);
    }
}
