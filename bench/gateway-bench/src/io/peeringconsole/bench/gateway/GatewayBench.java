package io.peeringconsole.bench.gateway;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Java side of bench/gateway-bench/run.sh. {@code setup} builds the benchmark's local domain on a running console,
 * publishes it, registers the gateway wrk polls as, and writes the served snapshot and the state for the later steps;
 * {@code longpoll} runs benchmark (2) for each N given and prints {@code key=value} lines. Exits 1 when a measurement
 * could not be made in full.
 */
public final class GatewayBench {

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: GatewayBench setup <base-url> <admin-password> <out-dir> <pem-dir> <peer-domain>"
                    + "\n       GatewayBench longpoll <base-url> <admin-password> <out-dir> <pid> <jcmd> <N>..."
                    + "\n       GatewayBench h2probe <base-url> <admin-password> <out-dir> <N>");
            System.exit(2);
        }
        AdminApi admin = new AdminApi(args[1], "admin", args[2]);
        Path out = Path.of(args[3]);
        switch (args[0]) {
            case "setup" -> setup(admin, args[2], out, Path.of(args[4]), args[5]);
            case "longpoll" -> System.exit(longPolls(admin, out, Long.parseLong(args[4]), args[5],
                    Arrays.stream(args, 6, args.length).mapToInt(Integer::parseInt).toArray()));
            case "h2probe" -> {
                Properties state = load(out);
                BenchDomain domain = BenchDomain.existing(admin, state.getProperty("localDomain"),
                        Long.parseLong(state.getProperty("peerId")));
                Http2Probe.run(domain, new ConsoleProbe(0, "jcmd", admin), admin.base(), state.getProperty("token"),
                        state.getProperty("etag"), Integer.parseInt(args[4]));
            }
            default -> throw new IllegalArgumentException("Unknown step " + args[0]);
        }
    }

    private static void setup(AdminApi admin, String password, Path out, Path pems, String peerDomain)
            throws Exception {
        BenchDomain domain = BenchDomain.create(admin, password, "bench.example.com", peerDomain, pems);
        domain.change();
        domain.publish();
        String token = domain.registerGateways(0, 1).getFirst();
        HttpResponse<byte[]> snapshot = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(admin.base() + "api/v1/gateway/snapshot")).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (snapshot.statusCode() != 200) {
            throw new IllegalStateException("The gateway could not pull its snapshot: HTTP " + snapshot.statusCode());
        }
        Files.write(out.resolve("snapshot.json"), snapshot.body());
        Properties state = new Properties();
        state.setProperty("localDomain", domain.local());
        state.setProperty("peerId", Long.toString(domain.peerId()));
        state.setProperty("token", token);
        state.setProperty("etag", snapshot.headers().firstValue("ETag").orElseThrow());
        state.setProperty("gateways", "1");
        save(state, out);
        System.out.println("setup.snapshotBytes=" + snapshot.body().length);
        System.out.println("setup.etag=" + state.getProperty("etag"));
    }

    private static int longPolls(AdminApi admin, Path out, long pid, String jcmd, int[] sizes) throws Exception {
        Properties state = load(out);
        BenchDomain domain = BenchDomain.existing(admin, state.getProperty("localDomain"),
                Long.parseLong(state.getProperty("peerId")));
        ConsoleProbe probe = new ConsoleProbe(pid, jcmd, admin);
        URI base = URI.create(admin.base());
        LongPollRound round = new LongPollRound(domain, probe, base.getHost(), base.getPort());
        List<String> tokens = new ArrayList<>();
        String etag = state.getProperty("etag");
        int exit = 0;
        for (int n : sizes) {
            if (tokens.size() < n) {
                long started = System.nanoTime();
                int from = tokens.size();
                // Gateway 0 is wrk's; the long polls use their own, registered from 1 on.
                tokens.addAll(domain.registerGateways(from + 1, n + 1));
                System.out.printf("register.%d.seconds=%.1f%n", n, (System.nanoTime() - started) / 1e9);
            }
            LongPollRound.Result result = round.run(tokens.subList(0, n), etag);
            System.out.println(LongPollRound.describe(result));
            System.out.flush();
            if (result.gotNewSerial() != n) {
                exit = 1;
            }
            etag = "\"" + admin.get("snapshots/" + domain.local()).expect(200, "overview").text("contentHash")
                    + "\"";
        }
        return exit;
    }

    private static void save(Properties state, Path out) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out.resolve("state.properties"))) {
            state.store(writer, "gateway benchmark state");
        }
    }

    private static Properties load(Path out) throws IOException {
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(out.resolve("state.properties"))) {
            state.load(reader);
        }
        return state;
    }
}
