package io.peeringconsole.audit.forwarding;

import java.io.IOException;
import java.util.List;

/** Hands messages to the receiver; returns only once the receiver has taken all of them. */
public interface SyslogTransport {

    /** @throws IOException if the receiver cannot be reached or does not confirm; the batch is then sent again */
    void deliver(List<byte[]> messages) throws IOException;
}
