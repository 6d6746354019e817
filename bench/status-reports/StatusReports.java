import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fleet acknowledging a publish: N gateways (registered in batches of 1,000) each report APPLIED for the new serial,
 * C at a time, as a fleet does within moments of a publish. Every report is audited, so every report appends to the
 * one audit chain: this measures how fast the console takes them, how long a gateway waits for its 202, and whether
 * any is refused. Usage: java StatusReports.java baseUrl adminPassword gateways concurrency
 */
public class StatusReports {

    static final Pattern TOKEN = Pattern.compile("\"token\":\"(pcg\\.[^\"]+)\"");
    static final Pattern SERIAL = Pattern.compile("\"serial\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1])
                .getBytes(StandardCharsets.UTF_8));
        int gateways = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(concurrency)).build();

        String domain = "reports.example.com";
        send(http, base + "api/v1/local-domains", admin, "{\"name\":\"" + domain + "\",\"displayName\":\"Reports\"}", 201);
        List<String> tokens = new ArrayList<>();
        for (int first = 0; first < gateways; first += 1000) {
            StringBuilder names = new StringBuilder();
            for (int i = first; i < Math.min(gateways, first + 1000); i++) {
                names.append(names.isEmpty() ? "" : ",").append("\"edge-").append(i).append('"');
            }
            String batch = send(http, base + "api/v1/gateways/batch", admin,
                    "{\"localDomain\":\"" + domain + "\",\"names\":[" + names + "]}", 201);
            Matcher token = TOKEN.matcher(batch);
            while (token.find()) {
                tokens.add(token.group(1));
            }
        }
        Matcher serial = SERIAL.matcher(send(http, base + "api/v1/snapshots/" + domain + "/publication", admin, "{}",
                201));
        serial.find();
        String report = "{\"serial\":" + serial.group(1) + ",\"outcome\":\"APPLIED\"}";

        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        long[] millis = new long[tokens.size()];
        long started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int index = i;
            sent.add(senders.submit(() -> {
                long begin = System.nanoTime();
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/gateway/status"))
                            .timeout(Duration.ofSeconds(120))
                            .header("Authorization", "Bearer " + tokens.get(index))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(report)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception failed) {
                    status = -1;
                }
                millis[index] = (System.nanoTime() - begin) / 1_000_000;
                answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        senders.shutdown();
        Arrays.sort(millis);
        System.out.println("gateways=" + tokens.size());
        System.out.println("concurrency=" + concurrency);
        System.out.printf(Locale.ROOT, "reports.seconds=%.1f%n", seconds);
        System.out.printf(Locale.ROOT, "reports.perSecond=%.0f%n", tokens.size() / seconds);
        System.out.println("reports.p50Millis=" + millis[millis.length / 2]);
        System.out.println("reports.p99Millis=" + millis[(int) Math.min(millis.length - 1, millis.length * 0.99)]);
        System.out.println("reports.maxMillis=" + millis[millis.length - 1]);
        System.out.println("reports.answers=" + new TreeMap<>(answers.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
        System.exit(0);
    }

    static String send(HttpClient http, String url, String authorization, String body, int expected)
            throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
