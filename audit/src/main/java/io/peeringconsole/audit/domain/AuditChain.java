package io.peeringconsole.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
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
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return OCCURRED_AT.format(instant);
        }
        // By hand, because verification formats one instant per entry and the formatter dominated its cost.
        char[] c = "0000-00-00T00:00:00.000000Z".toCharArray();
        digits(c, 0, 4, t.getYear());
        digits(c, 5, 2, t.getMonthValue());
        digits(c, 8, 2, t.getDayOfMonth());
        digits(c, 11, 2, t.getHour());
        digits(c, 14, 2, t.getMinute());
        digits(c, 17, 2, t.getSecond());
        digits(c, 20, 6, t.getNano() / 1000);
        return new String(c);
    }

    private static void digits(char[] into, int at, int width, int value) {
        for (int i = at + width - 1, v = value; i >= at; i--, v /= 10) {
            into[i] = (char) ('0' + v % 10);
        }
    }

    /** Recomputes what the entry's hash must be from its contents and its recorded link to the previous entry. */
    public static String hashOf(AuditEntry entry) {
        Encoding encoding = ENCODING.get().reset();
        encoding.field(ENCODING_VERSION).field(entry.previousHash()).field(Long.toString(entry.sequence()))
                .field(entry.occurredAt() == null ? null : timestamp(entry.occurredAt())).field(entry.actorName())
                .field(entry.actorRole()).field(entry.sourceAddress()).field(entry.action())
                .field(entry.targetType()).field(entry.targetId()).field(entry.localDomain())
                .field(entry.outcome()).field(entry.beforeState()).field(entry.afterState());
        return HexFormat.of().formatHex(encoding.digest());
    }

    private static final ThreadLocal<Encoding> ENCODING = ThreadLocal.withInitial(Encoding::new);

    /**
     * The encoding described on the class, written into a buffer kept per thread and hashed at once: verification
     * hashes millions of entries, and allocating a stream and a digest for each was most of its cost.
     */
    private static final class Encoding {

        private final MessageDigest digest = sha256();
        private byte[] buffer = new byte[1024];
        private int length;

        Encoding reset() {
            length = 0;
            return this;
        }

        Encoding field(String value) {
            if (value == null) {
                ensure(1);
                buffer[length++] = 0;
                return this;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            ensure(5 + bytes.length);
            buffer[length++] = 1;
            buffer[length++] = (byte) (bytes.length >>> 24);
            buffer[length++] = (byte) (bytes.length >>> 16);
            buffer[length++] = (byte) (bytes.length >>> 8);
            buffer[length++] = (byte) bytes.length;
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        byte[] digest() {
            digest.reset();
            digest.update(buffer, 0, length);
            return digest.digest();
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256.", e);
        }
    }
}
