package io.peeringconsole.snapshot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Which snapshot the gateways of a local domain hold now. Publishing locks this row, so serials are handed out one
 * at a time per domain even across console nodes, and moves it in the same transaction as the new snapshot is
 * written: a reader sees the old one or the new one, never half of either.
 */
@Entity
@Table(name = "config_snapshot_current")
public class CurrentSnapshot {

    @Id
    @Column(name = "local_domain", length = 253)
    private String localDomain;

    @Column(name = "serial", nullable = false)
    private long serial;

    @Column(name = "snapshot_id", nullable = false)
    private long snapshotId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CurrentSnapshot() {
        // for JPA
    }

    public static CurrentSnapshot first(ConfigSnapshot snapshot) {
        CurrentSnapshot current = new CurrentSnapshot();
        current.localDomain = snapshot.localDomain();
        current.serial = snapshot.serial();
        current.snapshotId = snapshot.id();
        return current;
    }

    /** The serial the next publish of this domain gets: strictly greater than every one before. */
    public long nextSerial() {
        return Math.addExact(serial, 1);
    }

    /** Points at {@code snapshot}, which must be the next serial of this domain. */
    public void moveTo(ConfigSnapshot snapshot) {
        if (!snapshot.localDomain().equals(localDomain) || snapshot.serial() <= serial) {
            throw new IllegalStateException("Snapshot " + snapshot.serial() + " of " + snapshot.localDomain()
                    + " cannot follow serial " + serial + " of " + localDomain + ".");
        }
        serial = snapshot.serial();
        snapshotId = snapshot.id();
    }

    public String localDomain() {
        return localDomain;
    }

    public long serial() {
        return serial;
    }

    public long snapshotId() {
        return snapshotId;
    }
}
