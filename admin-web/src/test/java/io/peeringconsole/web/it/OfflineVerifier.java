package io.peeringconsole.web.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code tools/verify-audit-export} exactly as the README tells a security officer to. */
public final class OfflineVerifier {

    private static final Path TOOL = Path.of("..", "tools", "verify-audit-export", "VerifyAuditExport.java");

    public record Outcome(int exitStatus, String out, String err) {
    }

    private OfflineVerifier() {
    }

    public static Outcome run(Path export) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), TOOL.toString(), export.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the offline verifier did not finish");
        }
        return new Outcome(p.exitValue(), out, err);
    }
}
