package io.peeringconsole.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.CheckpointedTrail;
import io.peeringconsole.audit.domain.TestSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes exports and checks them with the offline verifier in {@code tools/verify-audit-export}, exactly the file a
 * security officer runs: compiled once in-process for the many flipped-byte cases, and run as {@code java
 * VerifyAuditExport.java} for the exit status.
 */
class ExportRoundTripTest {

    private static final Path TOOL = Path.of("..", "tools", "verify-audit-export", "VerifyAuditExport.java");
    private static Method verify;
    private static Class<?> tool;

    @TempDir
    static Path compiled;

    @TempDir
    Path files;

    private final TestSigner signer = new TestSigner();

    @BeforeAll
    static void compileTheVerifier() throws Exception {
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", compiled.toString(),
                TOOL.toString());
        assertEquals(0, status, "the offline verifier compiles with the JDK alone");
        URLClassLoader loader = new URLClassLoader(new java.net.URL[] {compiled.toUri().toURL()});
        tool = loader.loadClass("VerifyAuditExport");
        verify = tool.getDeclaredMethod("verify", Path.class);
        verify.setAccessible(true);
    }

    private CheckpointedTrail awkwardTrail() {
        CheckpointedTrail trail = new CheckpointedTrail().changes(3).checkpoint(signer);
        trail.record(new AuditEvent("ODD_\"TEXT\"", "Peer,Network", "", null, AuditEvent.FAILURE,
                "{\"note\":\"line one\\nline two, \\\"quoted\\\"\"}", "{\"name\":\"Zoë ✓ 𝄞\"}"));
        signer.rotate();
        return trail.changes(4).checkpoint(signer).changes(2);
    }

    private byte[] export(ExportFormat format, List<AuditCheckpoint> checkpoints, List<AuditEntry> entries)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = format.open(out, signer);
        writer.header(new ExportHeader(Instant.parse("2026-01-01T00:00:00Z"), "every entry", signer.certificates()));
        for (AuditCheckpoint c : checkpoints) {
            writer.checkpoint(c);
        }
        for (AuditEntry e : entries) {
            writer.entry(e);
        }
        writer.trailer(entries.size(), checkpoints.size());
        return out.toByteArray();
    }

    private String verify(byte[] export, String name) throws Exception {
        Path file = Files.write(files.resolve(name), export);
        try {
            Object instance = tool.getDeclaredConstructor().newInstance();
            return (String) verify.invoke(instance, file);
        } catch (InvocationTargetException e) {
            return "FAILED " + e.getCause().getMessage();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anIntactExportVerifiesWithEveryCheckpointMatched(ExportFormat format) throws Exception {
        CheckpointedTrail trail = awkwardTrail();

        String verdict = verify(export(format, trail.checkpoints, trail.entries), "intact." + format.extension());

        assertTrue(verdict.startsWith("OK: 12 entries (1 to 12)"), verdict);
        assertTrue(verdict.contains("11 links checked; 2 checkpoint signatures verified, 2 matched"), verdict);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFlippedByteIsCaughtAndALineIsNamed(ExportFormat format) throws Exception {
        CheckpointedTrail trail = awkwardTrail();
        byte[] intact = export(format, trail.checkpoints, trail.entries);
        SplittableRandom random = new SplittableRandom(5344);
        for (int n = 0; n < 300; n++) {
            byte[] tampered = intact.clone();
            int at = random.nextInt(tampered.length);
            tampered[at] ^= (byte) (1 << random.nextInt(7));
            String verdict = verify(tampered, "flipped." + format.extension());
            if (!verdict.startsWith("FAILED line ")) {
                fail("flipping a bit of byte " + at + " went unnoticed (seed 5344, case " + n + "): " + verdict);
            }
        }
    }

    @Test
    void aSelectionWithGapsSaysWhichLinksItCouldNotCheck() throws Exception {
        CheckpointedTrail trail = awkwardTrail();
        List<AuditEntry> some = trail.entries.stream().filter(e -> e.sequence() % 3 != 0).toList();

        String verdict = verify(export(ExportFormat.JSONL, trail.checkpoints, some), "some.jsonl");

        assertTrue(verdict.contains("gaps left by the selection"), verdict);
    }

    @Test
    void aTamperedEntryIsNamedByLineAndSequence() throws Exception {
        CheckpointedTrail trail = awkwardTrail();
        String text = new String(export(ExportFormat.JSONL, trail.checkpoints, trail.entries), StandardCharsets.UTF_8);
        String tampered = text.replace("\"actorName\":\"officer\",\"actorRole\":\"SECURITY_OFFICER\","
                + "\"sourceAddress\":\"192.0.2.1\",\"action\":\"ODD_", "\"actorName\":\"mallory\",\"actorRole\":"
                + "\"SECURITY_OFFICER\",\"sourceAddress\":\"192.0.2.1\",\"action\":\"ODD_");

        String verdict = verify(tampered.getBytes(StandardCharsets.UTF_8), "tampered.jsonl");

        assertEquals("FAILED line 8: entry 5 was altered: its fields do not hash to its entryHash", verdict);
    }

    @Test
    void theCommandExitsNonZeroNamingTheLineAndZeroWhenIntact() throws Exception {
        CheckpointedTrail trail = awkwardTrail();
        byte[] intact = export(ExportFormat.CSV, trail.checkpoints, trail.entries);
        Path good = Files.write(files.resolve("good.csv"), intact);
        byte[] bad = intact.clone();
        int hashAt = new String(bad, StandardCharsets.ISO_8859_1).lastIndexOf(trail.entries.getLast().entryHash());
        bad[hashAt] = (byte) (bad[hashAt] == 'a' ? 'b' : 'a');
        Path flipped = Files.write(files.resolve("bad.csv"), bad);

        Process ok = run(good);
        Process failed = run(flipped);

        assertEquals(0, ok.exitValue(), new String(ok.getErrorStream().readAllBytes()));
        String error = new String(failed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, failed.exitValue(), error);
        assertTrue(error.contains(": line ") && error.contains("entry 12"), error);
    }

    private static Process run(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), TOOL.toString(), file.toString()).start();
        p.waitFor();
        return p;
    }
}
