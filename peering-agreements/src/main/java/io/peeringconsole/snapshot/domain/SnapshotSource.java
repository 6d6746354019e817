package io.peeringconsole.snapshot.domain;

/** Why a snapshot was published: by a person, by the console when something left force, or as a rollback. */
public enum SnapshotSource {
    MANUAL,
    AUTOMATIC,
    ROLLBACK
}
