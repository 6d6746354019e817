package io.peeringconsole.web.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The console's uber-jar started as an operator starts it: {@code java -jar peering-console.jar}; or, for tests that
 * start it many times, {@linkplain Runtime#warm() warm}: the same jar and flags plus a reused Payara Micro root
 * directory and a class-data sharing archive, which only change how fast the JVM gets there.
 */
final class ConsoleProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int httpsPort;
    private final Path log;
    final long millisToReady;

    private ConsoleProcess(Process process, int port, int httpsPort, Path log, long millisToReady) {
        this.process = process;
        this.port = port;
        this.httpsPort = httpsPort;
        this.log = log;
        this.millisToReady = millisToReady;
    }

    static ConsoleProcess start(Path dataDir, String adminPassword) throws IOException, InterruptedException {
        return start(dataDir, adminPassword, Runtime.COLD);
    }

    static ConsoleProcess start(Path dataDir, String adminPassword, Runtime runtime)
            throws IOException, InterruptedException {
        return start(dataDir, adminPassword, runtime, ConsoleDatabase.EMBEDDED_H2);
    }

    static ConsoleProcess start(Path dataDir, String adminPassword, Runtime runtime, ConsoleDatabase database)
            throws IOException, InterruptedException {
        String jar = System.getProperty("console.uberJar", "target/peering-console.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int port = freePort();
        // Always a free HTTPS port too: consoles of several tests may run at once, and 8443 is the default.
        int httpsPort = freePort();
        Path log = Files.createTempFile("console-", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(runtime.jvmOptions());
        command.addAll(List.of("-jar", jar, "--port", Integer.toString(port),
                "--sslport", Integer.toString(httpsPort)));
        command.addAll(runtime.payaraOptions());
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PEERING_DATA_DIR", dataDir.toString());
        builder.environment().put("PEERING_ADMIN_PASSWORD", adminPassword);
        database.configure(builder.environment());
        long started = System.nanoTime();
        Process process = builder.start();
        ConsoleProcess console = new ConsoleProcess(process, port, httpsPort, log, 0);
        try {
            console.awaitReady(Duration.ofMinutes(4));
        } catch (IllegalStateException | InterruptedException | IOException notReady) {
            // A console that never became ready must not outlive the test, holding its ports, database and memory.
            process.destroyForcibly().waitFor();
            throw notReady;
        }
        return new ConsoleProcess(process, port, httpsPort, log, (System.nanoTime() - started) / 1_000_000);
    }

    URL url() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTPS listener, where gateways present client certificates. */
    URI httpsUri() {
        return URI.create("https://localhost:" + httpsPort + "/");
    }

    long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The console exited while starting:\n" + tail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The console was not ready within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** kill -9: no shutdown hook, no flush, no transaction completed; what a power cut or the OOM killer does. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * How the JVM and Payara Micro find their classes. {@link #COLD} is what an operator's first start does: Payara
     * unpacks its runtime into a new temporary directory and the JVM loads and verifies every class from the jars.
     * {@link #warm()} unpacks the runtime at the same path for every start of a test run, which lets the JVM map the
     * classes of the previous start from a class-data sharing archive (written when a warm console exits normally;
     * the JVM rewrites it by itself when the jar changed). The Payara root is emptied before each start, since a
     * reused one remembers the deployment and would deploy the application twice. Neither touches the data
     * directory, the database or the application.
     */
    record Runtime(Path dir) {

        static final Runtime COLD = new Runtime(null);

        static Runtime warm() throws IOException {
            return new Runtime(Files.createTempDirectory("console-runtime-"));
        }

        List<String> jvmOptions() {
            return dir == null ? List.of() : List.of("-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=" + dir.resolve("classes.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }

        List<String> payaraOptions() throws IOException {
            if (dir == null) {
                return List.of();
            }
            Path root = dir.resolve("payara");
            deleteTree(root);
            return List.of("--rootdir", root.toString());
        }

        /** Removes the Payara root and the archive (a few hundred MB) once the test no longer starts consoles. */
        void delete() throws IOException {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var tree = Files.walk(root)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static File jar() {
        return new File(System.getProperty("console.uberJar", "target/peering-console.jar"));
    }
}
