package io.peeringconsole.web.it.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One HTTP/1.1 exchange over a plain socket, for comparing answers byte for byte: the status line and header lines
 * exactly as the console wrote them, which an HTTP client library would normalise.
 */
final class RawHttp {

    /** An answer as received: its header lines in order (without {@code Date}, which differs by the second). */
    record Answer(String statusLine, List<String> headerLines, String body) {

        String header(String name) {
            return headerLines.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }
    }

    private final URL base;

    RawHttp(URL base) {
        this.base = base;
    }

    /** GETs {@code apiPath} (below /api/v1/) with the given headers and reads the answer to the end. */
    Answer get(String apiPath, Map<String, String> headers) {
        try (Socket socket = open()) {
            send(socket.getOutputStream(), apiPath, headers);
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a GET and returns the open socket without reading, to play a gateway that goes away. */
    Socket send(String apiPath, Map<String, String> headers) throws IOException {
        Socket socket = open();
        send(socket.getOutputStream(), apiPath, headers);
        return socket;
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(120_000);
        return socket;
    }

    private void send(OutputStream out, String apiPath, Map<String, String> headers) throws IOException {
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        String head = "GET " + root + "api/v1/" + apiPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + base.getPort() + "\r\n" + headers.entrySet().stream().map(h -> h.getKey() + ": " + h.getValue()
                + "\r\n").collect(Collectors.joining()) + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete HTTP header in: " + text);
        }
        List<String> lines = Arrays.asList(text.substring(0, end).split("\r\n"));
        List<String> headers = lines.subList(1, lines.size()).stream()
                .filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5)).toList();
        return new Answer(lines.getFirst(), headers, text.substring(end + 4));
    }
}
