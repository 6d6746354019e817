package io.peeringconsole.audit.domain;

/**
 * The verdict on the trail.
 *
 * @param intact              whether every entry and the chain head agree
 * @param entriesChecked      entries found intact, in order, before the first break (all of them when intact)
 * @param firstBrokenSequence the first entry that is altered, missing or out of place; {@code null} when intact
 * @param reason              what was found, in words a security officer can act on
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {

    static ChainVerification verified(long entriesChecked, String reason) {
        return new ChainVerification(true, entriesChecked, null, reason);
    }

    static ChainVerification broken(long entriesChecked, long firstBrokenSequence, String reason) {
        return new ChainVerification(false, entriesChecked, firstBrokenSequence, reason);
    }
}
