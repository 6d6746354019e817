package io.peeringconsole.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.peeringconsole.gateway.domain.SnapshotRequest.Current;
import io.peeringconsole.gateway.domain.SnapshotRequest.NotModified;
import io.peeringconsole.gateway.domain.SnapshotRequest.NothingPublished;
import io.peeringconsole.gateway.domain.SnapshotRequest.Serve;
import io.peeringconsole.gateway.domain.SnapshotRequest.Wait;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotRequestTest {

    private static final String HASH = "ab".repeat(32);
    private static final Optional<Current> SERIAL_5 = Optional.of(new Current(5, HASH));
    private static final Optional<Duration> THIRTY = Optional.of(Duration.ofSeconds(30));

    private static SnapshotRequest.Answer answer(String ifNoneMatch, Long after, Optional<Duration> wait,
            Optional<Current> current) {
        return new SnapshotRequest(ifNoneMatch, Optional.ofNullable(after), wait).answer(current);
    }

    @Test
    void aGatewayWithoutACopyGetsTheCurrentSnapshot() {
        assertInstanceOf(Serve.class, answer(null, null, Optional.empty(), SERIAL_5));
        assertInstanceOf(Serve.class, answer(null, null, THIRTY, SERIAL_5), "no reason to wait");
        assertInstanceOf(Serve.class, answer("\"" + "cd".repeat(32) + "\"", null, THIRTY, SERIAL_5),
                "an outdated ETag is answered at once");
    }

    @Test
    void theCurrentEtagIsNotModifiedOrAWaitForTheNextSerial() {
        for (String tag : new String[] {"\"" + HASH + "\"", "W/\"" + HASH + "\"", HASH, "\"x\", \"" + HASH + "\"",
                "*", "\"" + HASH.toUpperCase() + "\""}) {
            assertInstanceOf(NotModified.class, answer(tag, null, Optional.empty(), SERIAL_5), tag);
            assertEquals(new Wait(5, Duration.ofSeconds(30)), answer(tag, null, THIRTY, SERIAL_5), tag);
        }
    }

    @Test
    void afterNamesTheHeldSerialAndOverridesTheEtag() {
        assertInstanceOf(Serve.class, answer("\"" + HASH + "\"", 4L, Optional.empty(), SERIAL_5));
        assertInstanceOf(NotModified.class, answer(null, 5L, Optional.empty(), SERIAL_5));
        assertEquals(new Wait(5, Duration.ofSeconds(30)), answer(null, 5L, THIRTY, SERIAL_5));
        assertEquals(new Wait(9, Duration.ofSeconds(30)), answer(null, 9L, THIRTY, SERIAL_5),
                "a serial from the future waits for the one after it");
    }

    @Test
    void beforeTheFirstPublishThereIsNothingOrAWaitForIt() {
        assertInstanceOf(NothingPublished.class, answer(null, null, Optional.empty(), Optional.empty()));
        assertEquals(new Wait(0, Duration.ofSeconds(30)), answer(null, null, THIRTY, Optional.empty()));
        assertEquals(new Wait(3, Duration.ofSeconds(30)), answer(null, 3L, THIRTY, Optional.empty()));
    }

    @Test
    void aWaitThatRunsOutIsNotModifiedUnlessAPublishRacedTheTimeout() {
        SnapshotRequest held = new SnapshotRequest("\"" + HASH + "\"", Optional.empty(), THIRTY);
        assertInstanceOf(NotModified.class, held.afterWaiting(SERIAL_5));
        assertInstanceOf(Serve.class, held.afterWaiting(Optional.of(new Current(6, "cd".repeat(32)))));
        SnapshotRequest first = new SnapshotRequest(null, Optional.empty(), THIRTY);
        assertInstanceOf(NothingPublished.class, first.afterWaiting(Optional.empty()));
        SnapshotRequest after = new SnapshotRequest(null, Optional.of(5L), THIRTY);
        assertInstanceOf(NotModified.class, after.afterWaiting(SERIAL_5));
        assertInstanceOf(Serve.class, after.afterWaiting(Optional.of(new Current(6, HASH))));
    }
}
