package io.peeringconsole.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded fact in the trail, sealed by a SHA-256 hash over its contents and the hash of the entry before it.
 * Entries are only ever made by {@link AuditChain#append}; once written they never change, so there is nothing to set.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "sequence", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_name", length = StoredText.MAX_ACTOR_NAME, nullable = false, updatable = false)
    private String actorName;

    @Column(name = "actor_role", length = StoredText.MAX_ACTOR_ROLE, nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "source_address", length = StoredText.MAX_SOURCE_ADDRESS, updatable = false)
    private String sourceAddress;

    @Column(name = "action", length = StoredText.MAX_ACTION, nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", length = StoredText.MAX_TARGET_TYPE, nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = StoredText.MAX_TARGET_ID, updatable = false)
    private String targetId;

    @Column(name = "local_domain", length = StoredText.MAX_LOCAL_DOMAIN, updatable = false)
    private String localDomain;

    @Column(name = "outcome", length = 20, nullable = false, updatable = false)
    private String outcome;

    @Column(name = "before_state", length = StoredText.MAX_STATE, updatable = false)
    private String beforeState;

    @Column(name = "after_state", length = StoredText.MAX_STATE, updatable = false)
    private String afterState;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

    protected AuditEntry() {
        // for JPA
    }

    /** Takes the fields as they are; {@link AuditChain} bounds and seals them before calling this. */
    AuditEntry(long sequence, Instant occurredAt, Actor actor, AuditEvent event, String previousHash,
            String entryHash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.actorName = actor.name();
        this.actorRole = actor.role();
        this.sourceAddress = actor.sourceAddress();
        this.action = event.action();
        this.targetType = event.targetType();
        this.targetId = event.targetId();
        this.localDomain = event.localDomain();
        this.outcome = event.outcome();
        this.beforeState = event.before();
        this.afterState = event.after();
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorName() {
        return actorName;
    }

    public String actorRole() {
        return actorRole;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String localDomain() {
        return localDomain;
    }

    public String outcome() {
        return outcome;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    /** Leaves out the states, which may be long; they are read through their getters. */
    @Override
    public String toString() {
        return "AuditEntry[" + sequence + " " + occurredAt + " " + actorName + " " + action + " " + targetType + " "
                + targetId + " " + outcome + "]";
    }
}
