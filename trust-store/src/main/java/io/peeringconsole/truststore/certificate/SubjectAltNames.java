package io.peeringconsole.truststore.certificate;

import java.util.List;
import java.util.stream.Stream;

/**
 * The subjectAltName entries, split by kind. {@code srvNames} are RFC 4985 SRV-IDs ("_xmpp-server.example.net"),
 * {@code xmppAddrs} the RFC 6120 id-on-xmppAddr names; kinds that identify nobody in federation are not kept.
 */
public record SubjectAltNames(
        List<String> dnsNames,
        List<String> srvNames,
        List<String> uris,
        List<String> xmppAddrs,
        List<String> ipAddresses,
        List<String> emails) {

    public static final SubjectAltNames NONE = new SubjectAltNames(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public SubjectAltNames {
        dnsNames = List.copyOf(dnsNames);
        srvNames = List.copyOf(srvNames);
        uris = List.copyOf(uris);
        xmppAddrs = List.copyOf(xmppAddrs);
        ipAddresses = List.copyOf(ipAddresses);
        emails = List.copyOf(emails);
    }

    public boolean isEmpty() {
        return all().findAny().isEmpty();
    }

    /** Every name, for display and search. */
    public List<String> allNames() {
        return all().toList();
    }

    private Stream<String> all() {
        return Stream.of(dnsNames, srvNames, uris, xmppAddrs, ipAddresses, emails).flatMap(List::stream);
    }
}
