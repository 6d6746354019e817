package io.peeringconsole.snapshot.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Canonicalization Scheme (RFC 8785): no whitespace, object members sorted by the UTF-16 code units of their
 * names, numbers as ECMAScript prints a double, strings with only the escapes JCS allows; UTF-8. Two documents with
 * the same data give the same bytes, which is what lets a content hash name a configuration.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonValue value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject(), out);
            case ARRAY -> array(value.asJsonArray(), out);
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> out.append(number(((JsonNumber) value).bigDecimalValue().doubleValue()));
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void object(JsonObject object, StringBuilder out) {
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3 asks for.
        List<String> names = new ArrayList<>(object.keySet());
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i), out);
            out.append(':');
            write(object.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void array(JsonArray array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                        throw new IllegalArgumentException("A lone surrogate at index " + i + " is not Unicode text;"
                                + " RFC 8785 cannot canonicalise it.");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * ECMAScript's Number.prototype.toString for a double (ECMA-262 Number::toString), which RFC 8785 prescribes.
     * Double.toString is not used: it prints at least two digits (4.9E-324 where ECMAScript prints 5e-324).
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and infinities have no JSON form.");
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return Long.toString((long) value);
        }
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * The fewest significant digits that read back as {@code value}; among those, the closest to it, and of two
     * equally close the even one (ECMA-262 Number::toString, step 5). Every k-digit decimal that reads back lies
     * between the k-digit floor and ceiling of the value, so those two are the only candidates at each length.
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int k = 1; k <= 17; k++) {
            BigDecimal down = exact.round(new MathContext(k, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(k, RoundingMode.CEILING));
            boolean downReads = down.doubleValue() == value;
            boolean upReads = up.doubleValue() == value;
            if (downReads && upReads) {
                int closer = exact.subtract(down).compareTo(up.subtract(exact));
                BigDecimal chosen = closer < 0 ? down : closer > 0 ? up
                        : down.unscaledValue().testBit(0) ? up : down;
                return chosen.stripTrailingZeros();
            }
            if (downReads || upReads) {
                return (downReads ? down : up).stripTrailingZeros();
            }
        }
        throw new IllegalStateException("Seventeen significant digits always identify a double.");
    }
}
