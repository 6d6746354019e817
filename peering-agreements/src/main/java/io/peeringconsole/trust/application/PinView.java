package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.TrustPin;
import java.time.Instant;

/** A pinned key of a peer network. */
public record PinView(long id, long peerNetworkId, String spkiPin, String note, Instant createdAt) {

    static PinView of(TrustPin pin) {
        return new PinView(pin.id(), pin.peerNetworkId(), pin.spkiPin(), pin.note(), pin.createdAt());
    }
}
