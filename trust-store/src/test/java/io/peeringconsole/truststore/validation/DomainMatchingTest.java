package io.peeringconsole.truststore.validation;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6125 name matching as the validator applies it to whole certificates. */
class DomainMatchingTest {

    private final CertificateValidator validator = new CertificateValidator();
    private final TestCertificate root = TestCertificates.anchor("CN=Root").build();

    private Set<ReasonCode> codes(TestCertificates leaf, String domain) {
        TestCertificate certificate = leaf.issuedBy(root).build();
        return validator.validate(ValidationRequest.forPeer(domain, certificate.chainWith()).anchors(List.of(root.facts())).at(NOW)).codes();
    }

    @ParameterizedTest(name = "{0} for {1}: matches={2}")
    @CsvSource({
        "*.example.net, xmpp.example.net, true",
        "*.example.net, example.net, false",
        "*.example.net, a.b.example.net, false",
        "f*.example.net, foo.example.net, false",
        "*oo.example.net, foo.example.net, false",
        "xmpp.*.net, xmpp.example.net, false",
        "*.net, example.net, false",
        "EXAMPLE.NET, example.net, true",
        "example.net., example.net, true"
    })
    void dnsIdMatching(String san, String domain, boolean matches) {
        Set<ReasonCode> codes = codes(TestCertificates.leaf("peer").dns(san), domain);
        assertEquals(matches ? Set.of() : Set.of(ReasonCode.DOMAIN_MISMATCH), codes);
    }

    @Test
    void validWildcardCertificateIsTrusted() {
        assertEquals(Set.of(), codes(TestCertificates.leaf("*.example.net").dns("*.example.net"), "chat.example.net"));
    }

    @Test
    void commonNameIsIgnoredWhenAnySanExists() {
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), codes(TestCertificates.leaf("example.net").dns("other.example"), "example.net"));
    }

    @Test
    void commonNameIsUsedWhenThereIsNoSanAtAll() {
        assertEquals(Set.of(), codes(TestCertificates.leaf("example.net"), "example.net"));
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), codes(TestCertificates.leaf("example.org"), "example.net"));
    }

    @Test
    void srvIdAndXmppAddrAndSipUriIdentifyTheDomain() {
        assertEquals(Set.of(), codes(TestCertificates.leaf("peer").srv("_xmpp-server.example.net"), "example.net"));
        assertEquals(Set.of(), codes(TestCertificates.leaf("peer").xmpp("example.net"), "example.net"));
        assertEquals(Set.of(), codes(TestCertificates.leaf("peer").uri("sip:example.net"), "example.net"));
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), codes(TestCertificates.leaf("peer").srv("_xmpp-server.example.org"), "example.net"));
    }

    @Test
    void mismatchMessageExplainsTheBareDomainWildcardTrap() {
        TestCertificate certificate = TestCertificates.leaf("peer").dns("*.example.net").issuedBy(root).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", certificate.chainWith())
                .anchors(List.of(root.facts())).at(NOW));
        String message = verdict.failures().getFirst().message();
        assertTrue(message.contains("*.example.net") && message.contains("not example.net itself"), message);
    }
}
