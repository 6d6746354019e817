package io.peeringconsole.truststore.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnsIdMatcherTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "example.net, example.net, true",
        "Example.Net, example.NET, true",
        "example.net, www.example.net, false",
        "*.example.net, www.example.net, true",
        "*.example.net, example.net, false",
        "*.example.net, a.b.example.net, false",
        "*.example.net, .example.net, false",
        "w*.example.net, www.example.net, false",
        "*w.example.net, www.example.net, false",
        "www.*.net, www.example.net, false",
        "*.*.example.net, a.b.example.net, false",
        "*.net, example.net, false",
        "*, example, false",
        "*.xn--bcher-kva.example, shop.xn--bcher-kva.example, true",
        "'', example.net, false",
        "example.net, '', false"
    })
    void matches(String presented, String reference, boolean expected) {
        assertEquals(expected, DnsIdMatcher.matches(presented, reference));
    }
}
