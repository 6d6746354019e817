package io.peeringconsole.audit.forwarding;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Syslog over TCP or TLS, one connection per batch, octet-counted frames.
 * <p>
 * Neither RFC 6587 nor RFC 5425 acknowledges messages, and a successful write only means the bytes reached our own
 * kernel. So after the last frame the transport closes its sending side and waits for the receiver to close its own:
 * a receiver closes only after it has read everything before our end of stream, which makes the close the receipt.
 * Until it comes (within the timeout), the batch counts as not delivered and is sent again later.
 */
public final class SocketSyslogTransport implements SyslogTransport {

    private final String host;
    private final int port;
    private final SSLContext tls;
    private final int timeoutMillis;

    /** @param tls the TLS context to connect with, or {@code null} for plain TCP */
    public SocketSyslogTransport(String host, int port, SSLContext tls, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void deliver(List<byte[]> messages) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            for (byte[] message : messages) {
                out.write(SyslogMessage.frame(message));
            }
            out.flush();
            awaitReceipt(socket);
        }
    }

    private Socket connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            if (tls == null) {
                return plain;
            }
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            // RFC 5425 §5.2: the receiver's certificate must name the host we meant to reach.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            return secure;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private void awaitReceipt(Socket socket) throws IOException {
        socket.shutdownOutput();
        InputStream in = socket.getInputStream();
        byte[] ignored = new byte[512];
        try {
            while (in.read(ignored) != -1) {
                // a syslog receiver sends nothing; whatever it might send is not ours to interpret
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("the receiver did not confirm the batch within " + timeoutMillis + " ms", e);
        }
    }

    @Override
    public String toString() {
        return (tls == null ? "tcp://" : "tls://") + host + ":" + port;
    }
}
