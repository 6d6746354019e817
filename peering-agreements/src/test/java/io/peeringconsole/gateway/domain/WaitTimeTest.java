package io.peeringconsole.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitTimeTest {

    @Test
    void oneToThreeHundredWholeSecondsAreAccepted() {
        assertEquals(Optional.empty(), WaitTime.parse(null));
        assertEquals(Optional.of(Duration.ofSeconds(1)), WaitTime.parse("1"));
        assertEquals(Optional.of(Duration.ofSeconds(300)), WaitTime.parse("300"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), WaitTime.parse(" 30 "));
    }

    @Test
    void everythingElseIsAMalformedRequestThatSaysTheRange() {
        for (String bad : new String[] {"", "0", "301", "-1", "abc", "1.5", "1e3", "99999999999999999999", "0x10",
                "+5", "3 0"}) {
            var refused = assertThrows(MalformedGatewayRequestException.class, () -> WaitTime.parse(bad), bad);
            assertTrue(refused.getMessage().contains("1 to 300"), refused.getMessage());
        }
    }

    @Test
    void afterIsASerialOfZeroOrMore() {
        assertEquals(Optional.empty(), WaitTime.after(null));
        assertEquals(Optional.of(0L), WaitTime.after("0"));
        assertEquals(Optional.of(17L), WaitTime.after("17"));
        for (String bad : new String[] {"", "-1", "x", "1.0", "99999999999999999999"}) {
            assertThrows(MalformedGatewayRequestException.class, () -> WaitTime.after(bad), bad);
        }
    }
}
