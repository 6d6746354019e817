package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A peer's key trusted by its SPKI pin, instead of or besides a chain to an anchor. Pins are added and removed,
 * never edited: a changed pin is a different key.
 */
@Entity
@Table(name = "trust_pin")
public class TrustPin {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "peer_network_id", nullable = false, updatable = false)
    private Long peerNetworkId;

    @Column(name = "spki_pin", length = SpkiPin.LENGTH, nullable = false, updatable = false)
    private String spkiPin;

    @Column(name = "note", length = MAX_NOTE, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TrustPin() {
        // for JPA
    }

    /** Pins {@code pin} for the peer network; {@code note} (optional) says where the pin came from. */
    public static TrustPin of(long peerNetworkId, SpkiPin pin, String note, Instant now) {
        TrustPin p = new TrustPin();
        p.peerNetworkId = peerNetworkId;
        p.spkiPin = pin.value();
        p.note = checkedNote(note);
        p.createdAt = now;
        return p;
    }

    private static String checkedNote(String raw) {
        String note = SafeText.trimToNull(raw);
        if (note == null) {
            return null;
        }
        if (SafeText.hasControlCharacters(note)) {
            throw new RuleViolationException("note",
                    "The note may not contain control characters such as line breaks.");
        }
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw new RuleViolationException("note", "The note has at most " + MAX_NOTE + " characters; say where the"
                    + " pin came from and when it was confirmed with the peer.");
        }
        return note;
    }

    public Long id() {
        return id;
    }

    public Long peerNetworkId() {
        return peerNetworkId;
    }

    public String spkiPin() {
        return spkiPin;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
