package io.peeringconsole.audit.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void doublesPerFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(5), backoff.after(0));
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(160), backoff.after(5));
        assertEquals(Duration.ofMinutes(5), backoff.after(6));
        assertEquals(Duration.ofMinutes(5), backoff.after(Integer.MAX_VALUE), "no overflow after many failures");
    }
}
