package io.peeringconsole.snapshot.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS) against the examples printed in the RFC itself. */
class CanonicalJsonTest {

    @Test
    void rfc8785Section324MainExampleGivesThePrintedBytes() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertEquals(expected, CanonicalJson.text(parse(input)));
        // Section 3.2.4 prints the UTF-8 bytes of the same result.
        String printedHex = "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a"
                + "5b3333333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67"
                + "223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d";
        assertArrayEquals(HexFormat.of().parseHex(printedHex), CanonicalJson.bytes(parse(input)));
    }

    @Test
    void rfc8785Section323SortsMembersByUtf16CodeUnits() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter"
                + " O With Diaeresis\",\"€\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet"
                + " With Dagesh\"}";
        assertEquals(expected, CanonicalJson.text(parse(input)));
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript form. */
    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0", "8000000000000000, 0", "0000000000000001, 5e-324", "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308", "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992", "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000", "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23", "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000", "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21", "3eb0c6f7a0b5ed8c, 9.999999999999997e-7", "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332", "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333", "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343", "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void rfc8785AppendixBNumbers(String bits, String expected) {
        assertEquals(expected, CanonicalJson.number(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16))));
    }

    @Test
    void numbersRoundTripThroughTheirCanonicalFormForSeededRandomDoubles() {
        Random random = new Random(8785);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                String text = CanonicalJson.number(value);
                assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text), text);
            }
        }
    }

    @Test
    void integralValuesOfTheSnapshotSchemaPrintAsPlainIntegers() {
        assertEquals("{\"a\":[1,-7,9007199254740991,10000000000]}",
                CanonicalJson.text(parse("{\"a\":[1,-7,9007199254740991,1e10]}")));
    }

    @Test
    void controlCharactersUseLowerCaseEscapesAndOthersStayLiteral() {
        JsonValue value = Json.createValue("\u0001\u001f\u007f\u00e9\t/");
        assertEquals("\"\\u0001\\u001f\u007f\u00e9\\t/\"", CanonicalJson.text(value));
        assertArrayEquals("\"\\u0001\\u001f\u007fé\\t/\"".getBytes(StandardCharsets.UTF_8),
                CanonicalJson.bytes(value));
    }

    @Test
    void loneSurrogatesAndNonFiniteNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.text(Json.createValue("a\ud800b")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.number(Double.POSITIVE_INFINITY));
    }

    static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
