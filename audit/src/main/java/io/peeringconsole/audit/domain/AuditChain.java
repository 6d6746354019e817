package io.peeringconsole.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * How entries are chained: each entry's hash is SHA-256 over a version tag, the previous entry's hash and every field
 * of the entry, so changing, removing, inserting or reordering entries breaks the chain where it happened.
 * <p>
 * Each field is encoded as a presence byte ({@code 0} for null, {@code 1} otherwise), then for present fields the
 * length of its UTF-8 bytes as four big-endian bytes, then the bytes. No two different entries share an encoding, so
 * no choice of field contents (separators, empty versus missing values) can make two entries hash alike.
 */
public final class AuditChain {

    /** The hash the first entry links to: the chain starts from nothing. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Names the encoding, so that a later change of it can be told apart from tampering. */
    private static final String ENCODING_VERSION = "peering-console/audit-entry/v1";

    /** Microseconds, because the database keeps TIMESTAMP(6): a finer instant would not survive the round trip. */
    private static final DateTimeFormatter OCCURRED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /**
     * Builds the entry that follows {@code head}, and advances the head onto it. Over-long actor and target fields are
     * cut (see {@link StoredText}) and {@code now} is truncated to microseconds before the hash is computed, so the
     * entry hashes the same after it has been stored and read back.
     */
    public static AuditEntry append(AuditChainHead head, Actor actor, AuditEvent event, Instant now) {
        Objects.requireNonNull(head, "head");
        long sequence = head.lastSequence() + 1;
        Instant occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        Actor storedActor = new Actor(StoredText.bounded(actor.name(), StoredText.MAX_ACTOR_NAME),
                StoredText.bounded(actor.role(), StoredText.MAX_ACTOR_ROLE),
                StoredText.bounded(actor.sourceAddress(), StoredText.MAX_SOURCE_ADDRESS));
        AuditEvent storedEvent = new AuditEvent(StoredText.bounded(event.action(), StoredText.MAX_ACTION),
                StoredText.bounded(event.targetType(), StoredText.MAX_TARGET_TYPE),
                StoredText.bounded(event.targetId(), StoredText.MAX_TARGET_ID),
                StoredText.bounded(event.localDomain(), StoredText.MAX_LOCAL_DOMAIN), event.outcome(),
                StoredText.clean(event.before()), StoredText.clean(event.after()));
        AuditEntry unsealed = new AuditEntry(sequence, occurredAt, storedActor, storedEvent, head.lastHash(), null);
        AuditEntry entry = new AuditEntry(sequence, occurredAt, storedActor, storedEvent, head.lastHash(),
                hashOf(unsealed));
        head.advanceTo(entry);
        return entry;
    }

    /**
     * An instant as every signed or hashed audit text writes it: UTC, exactly six fraction digits, e.g.
     * {@code 2025-03-01T10:15:30.123456Z}. Checkpoints, archive boundaries and exports use it too, so that an
     * offline verifier rebuilds the same bytes.
     */
    public static String timestamp(Instant instant) {
        return OCCURRED_AT.format(instant);
    }

    /** Recomputes what the entry's hash must be from its contents and its recorded link to the previous entry. */
    public static String hashOf(AuditEntry entry) {
        List<String> fields = Arrays.asList(ENCODING_VERSION, entry.previousHash(), Long.toString(entry.sequence()),
                entry.occurredAt() == null ? null : OCCURRED_AT.format(entry.occurredAt()), entry.actorName(),
                entry.actorRole(), entry.sourceAddress(), entry.action(), entry.targetType(), entry.targetId(),
                entry.localDomain(), entry.outcome(), entry.beforeState(), entry.afterState());
        return HexFormat.of().formatHex(sha256().digest(encode(fields)));
    }

    private static byte[] encode(List<String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            if (field == null) {
                out.write(0);
                continue;
            }
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.write(1);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256.", e);
        }
    }
}
