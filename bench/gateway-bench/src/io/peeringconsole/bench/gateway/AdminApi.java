package io.peeringconsole.bench.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's administrator API as the benchmark uses it: HTTP Basic, JSON in and out. JDK only, so the few fields
 * read from answers are picked out with patterns rather than a JSON parser.
 */
final class AdminApi {

    record Reply(int status, String body) {
        Reply expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return this;
        }

        long number(String field) {
            return Long.parseLong(find("\"" + field + "\"\\s*:\\s*(-?\\d+)", field));
        }

        String text(String field) {
            return find("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"", field);
        }

        private String find(String pattern, String field) {
            Matcher match = Pattern.compile(pattern).matcher(body);
            if (!match.find()) {
                throw new IllegalStateException("No field " + field + " in " + body);
            }
            return match.group(1);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    AdminApi(String base, String username, String password) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return base;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply upload(String path, String pem) {
        return send(request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    /** A GET outside /api/v1, e.g. /metrics; no credentials. */
    String plain(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The console did not answer " + request.build().uri(), e);
        }
    }
}
