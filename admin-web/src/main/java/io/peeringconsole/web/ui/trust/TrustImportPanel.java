package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.web.ui.support.UserFeedback;

/**
 * Brings certificates (or CRLs) in, by file or by paste, and shows what the last import did. Knows no service: it
 * fires {@link ImportEvent} with the bytes, and the view answers with {@link #showSummary} or {@link #showRefusal}.
 * Uploads are kept in memory: at most 1 MiB, which is also all the trust store accepts.
 */
class TrustImportPanel extends VerticalLayout {

    final TextArea paste = new TextArea();
    final Button importButton = new Button("Import");
    private final Upload upload;
    private final Div result = new Div();
    private final String what;

    /**
     * @param idPrefix the element ids are {@code <prefix>-paste}, {@code <prefix>-import}, {@code <prefix>-upload}
     * @param what     what to paste, in words ("a certificate or chain")
     * @param accepted the file name endings the upload offers, e.g. {@code .pem}
     */
    TrustImportPanel(String idPrefix, String what, String... accepted) {
        this.what = what;
        this.upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> fireEvent(new ImportEvent(this, bytes, Source.FILE))));
        addClassName("trust-import");
        setPadding(false);
        configureUpload(idPrefix, accepted);
        configurePaste(idPrefix);
        result.setId(idPrefix + "-import-result");
        result.addClassName("trust-import-result");
        result.setVisible(false);
        add(upload, pasteRow(), result);
    }

    private void configureUpload(String idPrefix, String... accepted) {
        upload.setId(idPrefix + "-upload");
        upload.setMaxFileSize(PastedInput.MAX_BYTES);
        upload.setAcceptedFileExtensions(accepted);
        upload.setDropLabel(new Span("Drop " + what + " here (" + String.join(" ", accepted) + ", at most 1 MiB)"));
        upload.addFileRejectedListener(rejected -> UserFeedback.error(rejected.getFileName() + " was not uploaded: "
                + rejected.getErrorMessage() + " Accepted are " + String.join(", ", accepted) + " up to 1 MiB."));
    }

    private void configurePaste(String idPrefix) {
        paste.setId(idPrefix + "-paste");
        paste.addClassName("trust-paste");
        paste.setLabel("Or paste " + what);
        paste.setPlaceholder("-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----");
        paste.setWidthFull();
        paste.addValueChangeListener(change -> paste.setInvalid(false));
        importButton.setId(idPrefix + "-import");
        importButton.setIcon(VaadinIcon.UPLOAD_ALT.create());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(click -> importPasted());
    }

    private HorizontalLayout pasteRow() {
        HorizontalLayout row = new HorizontalLayout(paste, importButton);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.END);
        row.expand(paste);
        return row;
    }

    private void importPasted() {
        PastedInput.problem(paste.getValue(), what).ifPresentOrElse(this::showPasteError,
                () -> fireEvent(new ImportEvent(this, PastedInput.bytes(paste.getValue()), Source.PASTE)));
    }

    private void showPasteError(String message) {
        paste.setErrorMessage(message);
        paste.setInvalid(true);
    }

    /** After a successful import: the pasted text has done its job, and the summary says what it was. */
    void showSummary(ImportSummary summary, Source source) {
        if (source == Source.PASTE) {
            paste.clear();
        }
        UnorderedList details = new UnorderedList();
        summary.details().forEach(line -> details.add(new ListItem(line)));
        result.removeAll();
        result.add(new Span(summary.headline()), details);
        result.setVisible(true);
    }

    /**
     * A refusal from the trust store belongs next to the pasted text it concerns; an uploaded file has no field,
     * so the caller shows it instead.
     *
     * @return whether the refusal was shown here
     */
    boolean showRefusal(String message, Source source) {
        if (source != Source.PASTE) {
            return false;
        }
        showPasteError(message);
        return true;
    }

    /** For operators who may look but not change. */
    void setEditable(boolean editable) {
        setVisible(editable);
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    /** Where the bytes came from: a refusal of pasted text is shown at the text. */
    enum Source {
        FILE, PASTE
    }

    /** Import these bytes (PEM, DER or PKCS#7; for CRLs PEM or DER). */
    static final class ImportEvent extends ComponentEvent<TrustImportPanel> {
        private final byte[] content;
        private final Source origin;

        ImportEvent(TrustImportPanel source, byte[] content, Source origin) {
            super(source, false);
            this.content = content.clone();
            this.origin = origin;
        }

        byte[] content() {
            return content.clone();
        }

        Source origin() {
            return origin;
        }
    }
}
