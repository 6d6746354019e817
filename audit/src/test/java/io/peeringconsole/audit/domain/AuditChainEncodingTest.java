package io.peeringconsole.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast encoder in {@link AuditChain} against the encoding as documented, written the plain way, over seeded random
 * entries: a difference would make every stored entry look altered.
 */
class AuditChainEncodingTest {

    private static final long SEED = 5344;
    private static final DateTimeFormatter DOCUMENTED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void timestampsMatchTheDocumentedPattern() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
                    random.nextInt(1_000_000_000));
            assertEquals(DOCUMENTED.format(instant), AuditChain.timestamp(instant), "seed " + SEED + " case " + i);
        }
    }

    @Test
    void hashesMatchThePlainEncoding() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000; i++) {
            AuditEntry entry = AuditEntryBuilder.anEntry().sequence(random.nextLong(1, Long.MAX_VALUE))
                    .actorName(text(random)).sourceAddress(random.nextBoolean() ? null : text(random))
                    .targetId(random.nextBoolean() ? null : text(random)).before(random.nextBoolean() ? null : "{}")
                    .after(random.nextInt(10) == 0 ? "{\"big\":\"" + "x".repeat(5000) + "\"}" : "{}")
                    .occurredAt(Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000) * 1000))
                    .build();
            assertEquals(plainHash(entry), AuditChain.hashOf(entry), "seed " + SEED + " case " + i);
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(0, 40); n > 0; n--) {
            s.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x80, 0x2FFFF) : random.nextInt(0x20, 0x7F));
        }
        return s.toString().replaceAll("[\\uD800-\\uDFFF]", "?");
    }

    private static String plainHash(AuditEntry e) throws Exception {
        String[] fields = {"peering-console/audit-entry/v1", e.previousHash(), Long.toString(e.sequence()),
            DOCUMENTED.format(e.occurredAt()), e.actorName(), e.actorRole(), e.sourceAddress(), e.action(),
            e.targetType(), e.targetId(), e.localDomain(), e.outcome(), e.beforeState(), e.afterState()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String f : fields) {
            if (f == null) {
                out.write(0);
            } else {
                byte[] bytes = f.getBytes(StandardCharsets.UTF_8);
                out.write(1);
                out.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.write(bytes);
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    }
}
