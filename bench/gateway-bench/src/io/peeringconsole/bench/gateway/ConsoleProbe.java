package io.peeringconsole.bench.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark reads from the console process itself: its used heap after a full collection (jcmd), and how many
 * long polls it holds (the gauge {@code gateway_long_polls_waiting} at /metrics).
 */
final class ConsoleProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern WAITING = Pattern.compile("(?m)^gateway_long_polls_waiting\\S*\\s+([0-9.eE+]+)");

    private final long pid;
    private final String jcmd;
    private final AdminApi api;

    ConsoleProbe(long pid, String jcmd, AdminApi api) {
        this.pid = pid;
        this.jcmd = jcmd;
        this.api = api;
    }

    /** Runs a full GC in the console, then reads the used heap; -1 when jcmd cannot attach. */
    long usedHeapAfterGcKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    /** The number of long polls the console holds, or -1 when it does not publish the gauge. */
    int waiting() {
        Matcher match = WAITING.matcher(api.plain("metrics"));
        return match.find() ? (int) Double.parseDouble(match.group(1)) : -1;
    }

    /**
     * Waits until the console holds {@code expected} long polls; gives up when the count has not grown for
     * {@code stallSeconds} (each gateway's first poll checks its token in the database and writes its "last seen",
     * so 10,000 new gateways take a while to park on a busy machine). Returns the number seen. Without the gauge it
     * can only wait a while, so it gives the console two seconds plus one per thousand polls.
     */
    int awaitParked(int expected, int stallSeconds) throws InterruptedException {
        int seen = waiting();
        if (seen < 0) {
            Thread.sleep(2_000L + expected);
            return -1;
        }
        long stalledSince = System.nanoTime();
        while (seen < expected && System.nanoTime() - stalledSince < stallSeconds * 1_000_000_000L) {
            Thread.sleep(500);
            int now = waiting();
            if (now > seen) {
                stalledSince = System.nanoTime();
            }
            seen = now;
        }
        if (seen < expected) {
            throw new IllegalStateException("Only " + seen + " of " + expected + " long polls reached the console;"
                    + " none more in the last " + stallSeconds + " s");
        }
        return seen;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
