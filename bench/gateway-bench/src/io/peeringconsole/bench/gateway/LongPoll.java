package io.peeringconsole.bench.gateway;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One gateway's long poll on its own HTTP/1.1 connection, over a plain blocking socket (run on a virtual thread): the
 * request is written by {@link #send}, and {@link #await} blocks until the response is read to its last byte and notes
 * that moment. A socket of our own rather than an HTTP client, so that the time stamped is exactly when the last byte
 * arrived, and 10,000 of them cost no more than 10,000 parked virtual threads.
 */
final class LongPoll implements AutoCloseable {

    /** What came back: status, the X-Snapshot-Serial header (-1 if none), body length, when it was fully read. */
    record Answer(int status, long serial, int bodyBytes, long readAtNanos) {
    }

    private final Socket socket;
    private final InputStream in;

    private LongPoll(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    static LongPoll send(String host, int port, String token, String etag, int waitSeconds) throws IOException {
        Socket socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        LongPoll poll = new LongPoll(socket);
        String request = "GET /api/v1/gateway/snapshot?wait=" + waitSeconds + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "If-None-Match: " + etag + "\r\n"
                + "Accept: application/json\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return poll;
    }

    Answer await() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long serial = -1;
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "x-snapshot-serial" -> serial = Long.parseLong(value);
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> { }
            }
        }
        int body = chunked ? chunkedBody() : (int) skip(status == 304 || length < 0 ? 0 : length);
        return new Answer(status, serial, body, System.nanoTime());
    }

    private int chunkedBody() throws IOException {
        int total = 0;
        for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                size = Long.parseLong(line().split(";")[0].trim(), 16)) {
            total += (int) skip(size);
            line();
        }
        while (!line().isEmpty()) {
            // trailers
        }
        return total;
    }

    private long skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("Connection closed with " + left + " body bytes missing");
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return bytes;
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed by the console before the answer was complete");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
