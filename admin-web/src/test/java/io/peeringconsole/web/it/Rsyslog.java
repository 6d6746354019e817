package io.peeringconsole.web.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private rsyslogd (Debian's package) listening on a loopback port with imtcp, writing what it receives to a file
 * under {@code target/}: its own configuration, work directory and pid file, so it needs no root and touches nothing
 * of the system's syslog. Each received line is {@code protocol-version|msgid|app-name|structured-data|raw message}.
 */
public final class Rsyslog implements AutoCloseable {

    public static final Path DAEMON = Path.of("/usr/sbin/rsyslogd");
    private static final Pattern SEQUENCE = Pattern.compile("\\[audit@32473 seq=\"(\\d+)\"");

    public final int port;
    private final Path directory;
    private Process process;

    /** A receiver over plain TCP. */
    public Rsyslog(Path directory) throws IOException {
        this(directory, "", "");
    }

    private Rsyslog(Path directory, String tlsGlobals, String tlsModule) throws IOException {
        this.directory = Files.createDirectories(directory.toAbsolutePath());
        this.port = freePort();
        Files.writeString(this.directory.resolve("rsyslog.conf"), """
                global(workDirectory="%1$s" maxMessageSize="64k" %3$s)
                module(load="imtcp" %4$s)
                input(type="imtcp" port="%2$d" address="127.0.0.1")
                template(name="audit" type="string"
                         string="%%protocol-version%%|%%msgid%%|%%app-name%%|%%structured-data%%|%%rawmsg%%\\n")
                action(type="omfile" file="%1$s/received.log" template="audit")
                """.formatted(this.directory, port, tlsGlobals, tlsModule));
    }

    /** A receiver over TLS (RFC 5425): rsyslog's gtls driver serving the given certificate and key. */
    public static Rsyslog tls(Path directory, Path caPem, Path certPem, Path keyPem) throws IOException {
        return new Rsyslog(directory, "defaultNetstreamDriver=\"gtls\" defaultNetstreamDriverCAFile=\""
                + caPem.toAbsolutePath() + "\" defaultNetstreamDriverCertFile=\"" + certPem.toAbsolutePath()
                + "\" defaultNetstreamDriverKeyFile=\"" + keyPem.toAbsolutePath() + "\"",
                "streamDriver.name=\"gtls\" streamDriver.mode=\"1\" streamDriver.authMode=\"anon\"");
    }

    public static boolean installed() {
        return Files.isExecutable(DAEMON);
    }

    /** Whether rsyslog's TLS driver (Debian package rsyslog-gnutls) is there too. */
    public static boolean tlsInstalled() {
        try (var libraries = Files.newDirectoryStream(Path.of("/usr/lib"))) {
            for (Path library : libraries) {
                if (Files.exists(library.resolve("rsyslog").resolve("lmnsd_gtls.so"))) {
                    return installed();
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    public void start() throws IOException, InterruptedException {
        Path pid = directory.resolve("rsyslogd.pid");
        Files.deleteIfExists(pid);
        process = new ProcessBuilder(DAEMON.toString(), "-n", "-f", directory.resolve("rsyslog.conf").toString(),
                "-i", pid.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("rsyslogd.out").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("rsyslogd did not start listening on " + port + ": "
                        + Files.readString(directory.resolve("rsyslogd.out")));
            }
            Thread.sleep(100);
        }
    }

    /** Stops the daemon this object started (by its process id), as a receiver going down would. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public List<String> lines() throws IOException {
        Path log = directory.resolve("received.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** The audit sequences received, duplicates folded. */
    public Set<Long> sequences() throws IOException {
        Set<Long> sequences = new TreeSet<>();
        for (String line : lines()) {
            Matcher m = SEQUENCE.matcher(line);
            if (m.find()) {
                sequences.add(Long.parseLong(m.group(1)));
            }
        }
        return sequences;
    }

    /** Waits until every sequence from 1 to {@code head} has arrived. */
    public Set<Long> awaitAllUpTo(long head, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Long> received = sequences();
        while (System.nanoTime() < deadline && !containsAll(received, head)) {
            Thread.sleep(200);
            received = sequences();
        }
        return received;
    }

    public static boolean containsAll(Set<Long> received, long head) {
        for (long s = 1; s <= head; s++) {
            if (!received.contains(s)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean listening() {
        try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
