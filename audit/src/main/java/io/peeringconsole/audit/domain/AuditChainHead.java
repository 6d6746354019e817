package io.peeringconsole.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that says how long the trail is and what its last hash was. Appends lock it, which serialises them
 * across console nodes, and verification compares the trail against it, which is how removed tail entries show.
 * The row is created by the migration, never by the application.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The id of the one and only head row. */
    public static final long ID = 1L;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    private AuditChainHead(long lastSequence, String lastHash) {
        this.id = ID;
        this.lastSequence = lastSequence;
        this.lastHash = lastHash;
    }

    /** The head of an empty trail, as the migration inserts it. */
    public static AuditChainHead genesis() {
        return new AuditChainHead(0, AuditChain.GENESIS_HASH);
    }

    /** Moves the head onto the entry just appended; refuses an entry that does not continue the chain. */
    void advanceTo(AuditEntry entry) {
        if (entry.sequence() != lastSequence + 1 || !entry.previousHash().equals(lastHash)) {
            throw new IllegalStateException("Audit entry " + entry.sequence()
                    + " does not continue the chain, whose head is at entry " + lastSequence + ".");
        }
        lastSequence = entry.sequence();
        lastHash = entry.entryHash();
    }

    public long id() {
        return id;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
