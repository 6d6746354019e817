package io.peeringconsole.audit.domain;

import java.time.Instant;

/**
 * The verdict on the trail.
 *
 * @param intact                   whether every entry, every checkpoint and the chain head agree
 * @param entriesChecked           entries found intact, in order, before the first break (all of them when intact)
 * @param firstBrokenSequence      the first entry that is altered, missing or out of place; {@code null} when intact
 * @param reason                   what was found, in words a security officer can act on
 * @param checkpointsVerified      signed checkpoints whose signature and entry hash were confirmed
 * @param newestCheckpointSequence the entry the newest confirmed checkpoint vouches for; {@code null} without one
 * @param newestCheckpointSignedAt when that checkpoint was signed; {@code null} without one
 * @param archivedThroughSequence  entries up to this one were archived to a file and removed; {@code null} if none
 * @param archiveFile              the newest archive file's name; {@code null} if nothing was archived
 * @param unverifiable             what this verification cannot know, said plainly
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason,
        long checkpointsVerified, Long newestCheckpointSequence, Instant newestCheckpointSignedAt,
        Long archivedThroughSequence, String archiveFile, String unverifiable) {

    /** A verdict on the entries alone, without checkpoint or archive facts. */
    public ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {
        this(intact, entriesChecked, firstBrokenSequence, reason, 0, null, null, null, null, null);
    }
}
