package io.peeringconsole.agreement.domain;

/** Which side's users a grant is about. */
public enum Direction {
    /** What the peer's users may do towards our users. */
    INBOUND("the peer's users towards ours"),
    /** What our users may do towards the peer's users. */
    OUTBOUND("our users towards the peer's");

    private final String description;

    Direction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
