package io.peeringconsole.truststore.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the {@code openssl} command line in a working directory. Where it is missing, tests are skipped locally with a
 * message, but fail in CI (CI=true), where {@code .ci/run} is responsible for installing it.
 */
public final class Openssl {

    public record Result(int exitCode, String out, String err) {
    }

    private final Path executable;
    private final Path directory;

    private Openssl(Path executable, Path directory) {
        this.executable = executable;
        this.directory = directory;
    }

    public static Openssl in(Path directory) {
        Path found = locate();
        if (found == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("The openssl command line is required in CI for the interop tests; install the Debian package openssl.");
            }
            Assumptions.abort("openssl not found on this machine; the openssl interop tests are skipped (they fail in CI).");
        }
        return new Openssl(found, directory);
    }

    private static Path locate() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/openssl")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "openssl"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    public Path directory() {
        return directory;
    }

    public Path file(String name) {
        return directory.resolve(name);
    }

    public Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.US_ASCII);
    }

    /** Runs openssl with {@code arguments} and requires success. */
    public String run(String... arguments) throws IOException, InterruptedException {
        Result result = tryRun(arguments);
        assertEquals(0, result.exitCode(), () -> "openssl " + String.join(" ", arguments) + " failed:\n" + result.err());
        return result.out();
    }

    public Result tryRun(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("openssl " + String.join(" ", arguments) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(directory.resolve(name));
    }
}
