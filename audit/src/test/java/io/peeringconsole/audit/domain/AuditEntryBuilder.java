package io.peeringconsole.audit.domain;

import java.time.Instant;

/** Builds single entries with any contents, including forged ones, for hashing and tampering tests. */
final class AuditEntryBuilder {

    private long sequence = 7;
    private Instant occurredAt = Instant.parse("2025-03-01T10:15:30.123456Z");
    private String actorName = "alice";
    private String actorRole = "DOMAIN_ADMIN";
    private String sourceAddress = "192.0.2.10";
    private String action = "AGREEMENT_APPROVED";
    private String targetType = "PeeringAgreement";
    private String targetId = "agreement-7";
    private String localDomain = "example.com";
    private String outcome = AuditEvent.SUCCESS;
    private String before = "{\"status\":\"PENDING_APPROVAL\"}";
    private String after = "{\"status\":\"ACTIVE\"}";
    private String previousHash = "ab".repeat(32);
    private String entryHash = "cd".repeat(32);

    static AuditEntryBuilder anEntry() {
        return new AuditEntryBuilder();
    }

    /** Starts from a copy of an existing entry, hash included, so that a tamperer can change one thing. */
    static AuditEntryBuilder copyOf(AuditEntry entry) {
        AuditEntryBuilder b = new AuditEntryBuilder();
        b.sequence = entry.sequence();
        b.occurredAt = entry.occurredAt();
        b.actorName = entry.actorName();
        b.actorRole = entry.actorRole();
        b.sourceAddress = entry.sourceAddress();
        b.action = entry.action();
        b.targetType = entry.targetType();
        b.targetId = entry.targetId();
        b.localDomain = entry.localDomain();
        b.outcome = entry.outcome();
        b.before = entry.beforeState();
        b.after = entry.afterState();
        b.previousHash = entry.previousHash();
        b.entryHash = entry.entryHash();
        return b;
    }

    AuditEntryBuilder sequence(long value) {
        sequence = value;
        return this;
    }

    AuditEntryBuilder occurredAt(Instant value) {
        occurredAt = value;
        return this;
    }

    AuditEntryBuilder actorName(String value) {
        actorName = value;
        return this;
    }

    AuditEntryBuilder actorRole(String value) {
        actorRole = value;
        return this;
    }

    AuditEntryBuilder sourceAddress(String value) {
        sourceAddress = value;
        return this;
    }

    AuditEntryBuilder action(String value) {
        action = value;
        return this;
    }

    AuditEntryBuilder targetType(String value) {
        targetType = value;
        return this;
    }

    AuditEntryBuilder targetId(String value) {
        targetId = value;
        return this;
    }

    AuditEntryBuilder localDomain(String value) {
        localDomain = value;
        return this;
    }

    AuditEntryBuilder outcome(String value) {
        outcome = value;
        return this;
    }

    AuditEntryBuilder before(String value) {
        before = value;
        return this;
    }

    AuditEntryBuilder after(String value) {
        after = value;
        return this;
    }

    AuditEntryBuilder previousHash(String value) {
        previousHash = value;
        return this;
    }

    /** The entry exactly as set, keeping whatever hash it carries. */
    AuditEntry build() {
        return new AuditEntry(sequence, occurredAt, new Actor(actorName, actorRole, sourceAddress),
                new AuditEvent(action, targetType, targetId, localDomain, outcome, before, after), previousHash,
                entryHash);
    }

    /** The entry with its own hash recomputed, as a forger who knows the algorithm would leave it. */
    AuditEntry resealed() {
        entryHash = AuditChain.hashOf(build());
        return build();
    }
}
