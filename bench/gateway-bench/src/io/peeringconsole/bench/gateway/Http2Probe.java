package io.peeringconsole.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/2 experiment behind the README's advice to gateways: N long polls sent by one JDK HttpClient in HTTP/2
 * mode (h2c, upgraded from the first request), multiplexed over as few connections as the client chooses; then a
 * publish. Prints how many the console held, and how each poll ended, by protocol version and outcome.
 */
final class Http2Probe {

    private Http2Probe() {
    }

    static void run(BenchDomain domain, ConsoleProbe probe, String base, String token, String etag, int n)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        // One request first, so that the upgrade to h2c has happened before the polls are multiplexed.
        HttpResponse<Void> first = http.send(request(base, token, etag, 0), HttpResponse.BodyHandlers.discarding());
        System.out.println("h2.firstRequest=" + first.version() + " " + first.statusCode());
        List<CompletableFuture<String>> polls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            polls.add(http.sendAsync(request(base, token, etag, 120), HttpResponse.BodyHandlers.discarding())
                    .handle((reply, failure) -> failure == null ? reply.version() + " " + reply.statusCode()
                            : "failed " + rootCause(failure)));
        }
        Thread.sleep(5_000);
        System.out.println("h2.sent=" + n);
        System.out.println("h2.heldByConsoleAfter5s=" + probe.waiting());
        long early = polls.stream().filter(CompletableFuture::isDone).count();
        System.out.println("h2.endedBeforePublish=" + early);
        domain.change();
        domain.publish();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (CompletableFuture<String> poll : polls) {
            String outcome;
            try {
                outcome = poll.get(150, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stuck) {
                outcome = "no answer within 150 s";
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        outcomes.forEach((outcome, count) -> System.out.println("h2.outcome[" + outcome + "]=" + count));
    }

    private static HttpRequest request(String base, String token, String etag, int wait) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/gateway/snapshot" + (wait > 0 ? "?wait=" + wait : "")))
                .header("Authorization", "Bearer " + token).header("If-None-Match", etag)
                .timeout(Duration.ofSeconds(180)).GET().build();
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
