package io.peeringconsole.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the console's API, as any gateway or script would use it. */
public final class ApiClient {

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(apiBase(deployment), null);
    }

    public static ApiClient as(URL deployment, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(apiBase(deployment), "Basic " + token);
    }

    /** A gateway, with the bearer token it was given at registration. */
    public static ApiClient bearer(URL deployment, String token) {
        return new ApiClient(apiBase(deployment), "Bearer " + token);
    }

    public static ApiClient admin(URL deployment) {
        return as(deployment, "admin", System.getProperty("it.admin.password"));
    }

    private static URI apiBase(URL deployment) {
        String root = deployment.toExternalForm();
        return URI.create((root.endsWith("/") ? root : root + "/") + "api/v1/");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply put(String path, String json) {
        return put(path, json, null);
    }

    public Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").PUT(body(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code path} and keeps the body as bytes, whatever its type (signatures, exact canonical JSON). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(3))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /** A response, with its body read as JSON when it is JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + header("Content-Type") + " " + body();
        }
    }
}
