package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.SubjectAltNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Whether the leaf names the peer domain. DNS-IDs follow RFC 6125 (see {@link DnsIdMatcher}); the identifiers the
 * federation protocols define are accepted as exact matches too: SRV-IDs (RFC 4985, e.g. _xmpp-server.example.net),
 * XmppAddr (RFC 6120) and sip:/sips:/xmpp: URIs (RFC 5922). The subject CN is consulted only when the certificate
 * has no subjectAltName at all, as RFC 6125 §6.4.4 allows; with any SAN present the CN is ignored.
 */
final class DomainCheck {

    private static final Pattern PROTOCOL_URI = Pattern.compile("(?i)(?:sips?|xmpp):([^;?/:]+).*");

    private DomainCheck() {
    }

    static void check(PathCertificate leaf, String peerDomain, Findings findings) {
        CertificateFacts facts = leaf.facts();
        SubjectAltNames sans = facts.subjectAltNames();
        boolean matched = sans.isEmpty() ? commonNames(leaf).stream().anyMatch(cn -> DnsIdMatcher.matches(cn, peerDomain))
                : matchesSan(sans, peerDomain);
        if (!matched) {
            findings.add(ReasonCode.DOMAIN_MISMATCH, facts, mismatchMessage(leaf, peerDomain));
        }
    }

    private static boolean matchesSan(SubjectAltNames sans, String domain) {
        return sans.dnsNames().stream().anyMatch(dns -> DnsIdMatcher.matches(dns, domain))
                || sans.srvNames().stream().anyMatch(srv -> sameName(srvTarget(srv), domain))
                || sans.xmppAddrs().stream().anyMatch(xmpp -> sameName(xmpp, domain))
                || sans.uris().stream().anyMatch(uri -> sameName(uriHost(uri), domain));
    }

    private static String srvTarget(String srvId) {
        int dot = srvId.indexOf('.');
        return srvId.startsWith("_") && dot > 0 ? srvId.substring(dot + 1) : "";
    }

    private static String uriHost(String uri) {
        Matcher m = PROTOCOL_URI.matcher(uri);
        return m.matches() ? m.group(1) : "";
    }

    private static boolean sameName(String presented, String domain) {
        return !presented.contains("*") && DnsIdMatcher.matches(presented, domain);
    }

    static List<String> commonNames(PathCertificate leaf) {
        List<String> names = new ArrayList<>();
        for (RDN rdn : leaf.subject().getRDNs(BCStyle.CN)) {
            if (rdn.getFirst().getValue() instanceof ASN1String value) {
                names.add(value.getString());
            }
        }
        return names;
    }

    private static String mismatchMessage(PathCertificate leaf, String domain) {
        CertificateFacts facts = leaf.facts();
        String names = facts.subjectAltNames().isEmpty()
                ? "it has no subjectAltName and its subject CN is " + commonNames(leaf)
                : "its names are " + facts.subjectAltNames().allNames();
        String hint = domain.toLowerCase(Locale.ROOT).equals(domain) && facts.subjectAltNames().dnsNames().contains("*." + domain)
                ? " A wildcard *." + domain + " covers the names below " + domain + ", not " + domain + " itself."
                : "";
        return Describe.certificate(facts) + " is not valid for " + domain + ": " + names + "." + hint
                + " Ask the peer for a certificate that names " + domain + ", or check the domain registered for this peer.";
    }
}
