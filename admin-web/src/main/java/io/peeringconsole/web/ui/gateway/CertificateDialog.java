package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.peeringconsole.gateway.application.CertifiedGateway;
import io.peeringconsole.web.ui.support.Formats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Shows a just-issued gateway certificate with the gateway CA certificate, for download. The console keeps only the
 * certificate's fingerprint, so this is the one place to take it from; a lost certificate means a renewal.
 */
final class CertificateDialog extends Dialog {

    CertificateDialog(CertifiedGateway certified) {
        setId("gateway-certificate-dialog");
        String name = certified.gateway().name();
        setHeaderTitle("Certificate for " + name);
        setCloseOnOutsideClick(false);
        Paragraph note = new Paragraph("Install this certificate with the gateway's private key. It is valid until "
                + Formats.time(certified.notAfter()) + " (serial " + certified.serialNumber() + "); renew it with a"
                + " new CSR before then. The console keeps only its fingerprint and will not show it again. The"
                + " gateway connects to the console's HTTPS port and presents it there.");
        note.setId("gateway-certificate-note");
        TextArea pem = new TextArea("Gateway certificate (PEM)");
        pem.setId("gateway-certificate");
        pem.setValue(certified.certificatePem());
        pem.setReadOnly(true);
        pem.setWidthFull();
        pem.addClassName("gateway-certificate");
        HorizontalLayout downloads = new HorizontalLayout(
                download(name + ".pem", certified.certificatePem(), "Download certificate", "gateway-certificate-download"),
                download("gateway-ca.pem", certified.caPem(), "Download gateway CA", "gateway-ca-download"));
        add(note, pem, downloads);
        Button done = new Button("I have stored the certificate", click -> close());
        done.setId("gateway-certificate-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        setWidth("min(52rem, 95vw)");
    }

    private static Anchor download(String fileName, String pem, String text, String id) {
        byte[] bytes = pem.getBytes(StandardCharsets.US_ASCII);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, "application/x-pem-file", bytes.length)), text);
        anchor.setId(id);
        anchor.setDownload(true);
        return anchor;
    }
}
