package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.trust.application.CertificateView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTextTest {

    @Test
    void namesEachKindOfSubjectAltNameThatIsPresent() {
        CertificateView certificate = certificate(1).dns("example.net", "*.im.example.net").xmpp("example.net").build();

        assertEquals("DNS: example.net, *.im.example.net · XMPP: example.net",
                CertificateText.subjectAltNames(certificate));
        assertEquals("none", CertificateText.subjectAltNames(certificate(2).build()));
    }

    @Test
    void aKeyIsItsTypeAndSizeUnlessTheSizeSaysNothing() {
        assertEquals("RSA 2048", CertificateText.key(certificate(1).key("RSA", 2048).build()));
        assertEquals("ED25519", CertificateText.key(certificate(1).key("ED25519", 0).build()));
        assertEquals("EC 256, SHA256withECDSA", CertificateText.keyAndSignature(certificate(1).build()));
    }

    @Test
    void theCommonNameStandsForTheSubject() {
        assertEquals("gw.example.net", CertificateText.commonName(
                certificate(1).subject("C=NL, O=Example, CN=gw.example.net").build()));
        assertEquals("O=Example", CertificateText.commonName(certificate(1).subject("O=Example").build()));
    }

    @Test
    void bothSidesOfARolloverNameTheOtherAndTheEndOfTheOverlap() {
        Instant until = Instant.parse("2026-07-01T00:00:00Z");
        CertificateView outgoing = certificate(1).subject("CN=old.example.net").build();
        CertificateView incoming = certificate(2).subject("CN=new.example.net").replaces(1, until).build();
        List<CertificateView> all = List.of(outgoing, incoming);

        assertEquals("Replaces old.example.net; both trusted until 2026-07-01 00:00:00 UTC",
                CertificateText.rollover(incoming, all));
        assertEquals("Replaced by new.example.net; both trusted until 2026-07-01 00:00:00 UTC",
                CertificateText.rollover(outgoing, all));
        assertEquals("", CertificateText.rollover(certificate(3).build(), all));
    }

    @Test
    void anOutgoingCertificateNoLongerListedIsNamedByItsNumber() {
        CertificateView incoming = certificate(2).replaces(9, null).build();

        assertEquals("Replaces certificate #9", CertificateText.rollover(incoming, List.of(incoming)));
    }

    @Test
    void aGlobalAnchorSaysSo() {
        CertificateView anchor = certificate(1).globalAnchor().build();

        assertEquals("Trust anchor", CertificateText.purpose(anchor));
        assertEquals("Global", CertificateText.scope(anchor));
        assertEquals("Peer certificate", CertificateText.purpose(certificate(2).build()));
    }
}
