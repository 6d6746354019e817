package io.peeringconsole.truststore.certificate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;

/** Splits the subjectAltName extension into the identifier kinds that federation uses. */
final class SubjectAltNamesReader {

    /** RFC 4985 id-on-dnsSRV. */
    static final ASN1ObjectIdentifier SRV_ID = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.7");
    /** RFC 6120 id-on-xmppAddr. */
    static final ASN1ObjectIdentifier XMPP_ADDR = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.5");

    private final List<String> dns = new ArrayList<>();
    private final List<String> srv = new ArrayList<>();
    private final List<String> uris = new ArrayList<>();
    private final List<String> xmpp = new ArrayList<>();
    private final List<String> ips = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();

    private SubjectAltNamesReader() {
    }

    static SubjectAltNames read(Extensions extensions) throws UnknownHostException {
        GeneralNames names = extensions == null ? null : GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        if (names == null) {
            return SubjectAltNames.NONE;
        }
        SubjectAltNamesReader reader = new SubjectAltNamesReader();
        for (GeneralName name : names.getNames()) {
            reader.add(name);
        }
        return new SubjectAltNames(reader.dns, reader.srv, reader.uris, reader.xmpp, reader.ips, reader.emails);
    }

    private void add(GeneralName name) throws UnknownHostException {
        switch (name.getTagNo()) {
            case GeneralName.dNSName -> dns.add(text(name));
            case GeneralName.uniformResourceIdentifier -> uris.add(text(name));
            case GeneralName.rfc822Name -> emails.add(text(name));
            case GeneralName.iPAddress -> ips.add(InetAddress.getByAddress(
                    ASN1OctetString.getInstance(name.getName()).getOctets()).getHostAddress());
            case GeneralName.otherName -> addOtherName(OtherName.getInstance(name.getName()));
            default -> {
                // Directory names, registered IDs and the like identify no federation peer.
            }
        }
    }

    private void addOtherName(OtherName other) {
        if (SRV_ID.equals(other.getTypeID())) {
            srv.add(((ASN1String) other.getValue()).getString());
        } else if (XMPP_ADDR.equals(other.getTypeID())) {
            xmpp.add(((ASN1String) other.getValue()).getString());
        }
    }

    private static String text(GeneralName name) {
        return ((ASN1String) name.getName()).getString();
    }
}
