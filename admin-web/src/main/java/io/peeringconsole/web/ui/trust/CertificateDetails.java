package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;

/** Everything the console knows of one certificate, shown below its row. */
class CertificateDetails extends FormLayout {

    CertificateDetails(CertificateView certificate, List<CertificateView> all) {
        addClassName("trust-certificate-details");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("48rem", 2));
        field("Purpose", CertificateText.purpose(certificate) + (certificate.ca() ? " (CA)" : ""));
        field("Serial number", certificate.serialNumber());
        field("Subject", certificate.subject());
        field("Issuer", certificate.issuer());
        field("DNS names", Formats.joined(certificate.dnsNames()));
        field("SRV names", Formats.joined(certificate.srvNames()));
        field("URIs", Formats.joined(certificate.uris()));
        field("XMPP addresses", Formats.joined(certificate.xmppAddrs()));
        field("Valid from", Formats.time(certificate.notBefore()));
        field("Valid until", Formats.time(certificate.notAfter()));
        field("Key", CertificateText.key(certificate));
        field("Signature algorithm", certificate.signatureAlgorithm());
        field("Key usage", CertificateText.usages(certificate.keyUsage()));
        field("Extended key usage", CertificateText.usages(certificate.extendedKeyUsage()));
        field("SHA-256 fingerprint", certificate.sha256Fingerprint());
        field("SPKI pin (base64 SHA-256)", certificate.spkiPin());
        field("Rollover", CertificateText.rollover(certificate, all));
        pem(certificate.pem());
    }

    private void field(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span text = new Span(value);
        text.addClassName("trust-detail-value");
        addFormItem(text, label);
    }

    private void pem(String pem) {
        if (pem == null || pem.isBlank()) {
            return;
        }
        Pre block = new Pre(pem.strip());
        block.addClassName("trust-pem");
        setColspan(addFormItem(block, "PEM"), 2);
    }
}
