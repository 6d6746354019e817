package io.peeringconsole.audit.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The transport against plain sockets on loopback; the container test runs it against rsyslog. */
class SocketSyslogTransportTest {

    @Test
    void aBatchCountsAsDeliveredOnceTheReceiverHasReadItAllAndClosed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> readAllAndClose(server));
            transport(server.getLocalPort()).deliver(List.of(bytes("<109>1 a"), bytes("<108>1 b\u00e9")));
            assertEquals("8 <109>1 a10 <108>1 b\u00e9", received.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aReceiverThatNeverConfirmsFailsTheBatch() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
            var failure = assertThrows(IOException.class,
                    () -> transport(server.getLocalPort()).deliver(List.of(bytes("<109>1 a"))));
            assertTrue(failure.getMessage().contains("did not confirm"), failure.getMessage());
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void noReceiverFailsTheBatch() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        SocketSyslogTransport transport = transport(port);
        assertThrows(IOException.class, () -> transport.deliver(List.of(bytes("<109>1 a"))));
    }

    private static SocketSyslogTransport transport(int port) {
        return new SocketSyslogTransport("127.0.0.1", port, null, 1000);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Socket accept(ServerSocket server) {
        try {
            return server.accept();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAllAndClose(ServerSocket server) {
        try (Socket socket = server.accept()) {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(in);
            return in.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
