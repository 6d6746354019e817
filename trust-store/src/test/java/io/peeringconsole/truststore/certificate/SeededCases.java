package io.peeringconsole.truststore.certificate;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated inputs, reproducibly: every case draws from its own {@link SplittableRandom} seeded
 * by the base seed, the property's name and the case index, so a failure is repeated with {@code -Dproperty.seed=N}
 * (and narrowed to a single case with {@code -Dproperty.case=I}).
 */
final class SeededCases {

    /** Used unless {@code -Dproperty.seed} says otherwise. */
    static final long DEFAULT_SEED = 0x7275_5354_2024_0001L;

    private static final int HEX_PREFIX_BYTES = 64;

    private SeededCases() {
    }

    static long baseSeed() {
        String configured = System.getProperty("property.seed");
        return configured == null || configured.isBlank() ? DEFAULT_SEED : Long.decode(configured.trim());
    }

    /**
     * Checks {@code property} against {@code cases} inputs from {@code generator}; any throwable other than what the
     * property itself tolerates fails the test with the seed, the case index and the input in the message.
     */
    static void check(String property, int cases, Function<SplittableRandom, byte[]> generator, Consumer<byte[]> check) {
        long seed = baseSeed();
        String only = System.getProperty("property.case");
        int from = only == null || only.isBlank() ? 0 : Integer.parseInt(only.trim());
        int to = only == null || only.isBlank() ? cases : from + 1;
        System.out.printf("%s: %d cases, seed %d (repeat with -Dproperty.seed=%d)%n", property, to - from, seed, seed);
        for (int index = from; index < to; index++) {
            byte[] input = generator.apply(random(seed, property, index));
            try {
                check.accept(input.clone());
            } catch (Throwable failure) {
                throw new AssertionError(property + " failed at case " + index + " (-Dproperty.seed=" + seed
                        + " -Dproperty.case=" + index + "): " + failure + "\n  input: " + describe(input), failure);
            }
        }
    }

    private static SplittableRandom random(long seed, String property, int index) {
        // An independent stream per (seed, property, case), so one failing case is replayable on its own.
        long mixed = mix64(mix64(seed ^ property.hashCode()) + index);
        return new SplittableRandom(mixed);
    }

    /** Stafford's variant 13 finaliser, as SplittableRandom uses internally. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    static String describe(byte[] input) {
        int shown = Math.min(input.length, HEX_PREFIX_BYTES);
        return input.length + " bytes, hex " + HexFormat.of().formatHex(input, 0, shown)
                + (shown < input.length ? "..." : "");
    }

    /** A length in {@code [0, max]}, biased towards the small and boundary sizes that break parsers most often. */
    static int length(SplittableRandom random, int max) {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(Math.min(max, 4) + 1);
            case 1 -> max;
            default -> random.nextInt(max + 1);
        };
    }

    static byte[] bytes(SplittableRandom random, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** Any byte, with 0, -1, 1 and the sign boundaries more often than chance would give them. */
    static byte anyByte(SplittableRandom random) {
        return random.nextInt(8) == 0
                ? new byte[] {0, 1, -1, Byte.MIN_VALUE, Byte.MAX_VALUE}[random.nextInt(5)]
                : (byte) random.nextInt(256);
    }

    /** Text of up to {@code max} chars: Base64, ASCII, line breaks and controls, any BMP char, now and then beyond. */
    static String text(SplittableRandom random, int max) {
        int length = length(random, max);
        StringBuilder out = new StringBuilder(length);
        String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
        while (out.length() < length) {
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> out.append(base64.charAt(random.nextInt(base64.length())));
                case 4, 5 -> out.append((char) random.nextInt(0x20, 0x7F));
                case 6 -> out.append("\n\r\t -\0".charAt(random.nextInt(6)));
                case 7, 8 -> {
                    char c = (char) random.nextInt(0x80, 0x1_0000);
                    out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                }
                default -> out.appendCodePoint(random.nextInt(0x1_0000, Character.MAX_CODE_POINT + 1));
            }
        }
        return out.toString();
    }
}
