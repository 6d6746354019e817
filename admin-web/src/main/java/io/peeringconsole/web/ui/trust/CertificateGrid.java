package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Certificates as rows: what an operator compares with the peer's own listing (subject, names, validity, key,
 * fingerprint, pin). A click opens the row's details with everything else, the PEM included.
 */
class CertificateGrid extends Grid<CertificateView> {

    private List<CertificateView> shown = List.of();
    private Column<CertificateView> removeColumn;
    private Column<CertificateView> rolloverColumn;

    CertificateGrid(String id) {
        setId(id);
        addClassName("trust-certificate-grid");
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        setAllRowsVisible(true);
        configureColumns();
        setItemDetailsRenderer(new ComponentRenderer<>(certificate -> new CertificateDetails(certificate, shown)));
        setDetailsVisibleOnClick(true);
    }

    private void configureColumns() {
        wrapping(addColumn(CertificateView::subject).setHeader("Subject").setWidth("10rem").setFlexGrow(2));
        wrapping(addColumn(CertificateText::subjectAltNames).setHeader("Subject alternative names").setWidth("10rem")
                .setFlexGrow(2));
        addColumn(certificate -> Formats.time(certificate.notAfter())).setHeader("Valid until").setWidth("8rem")
                .setFlexGrow(0);
        wrapping(addColumn(CertificateText::keyAndSignature).setHeader("Key, signature").setWidth("9rem")
                .setFlexGrow(0));
        addColumn(CertificateView::sha256Fingerprint).setHeader("SHA-256 fingerprint").setWidth("13rem")
                .setFlexGrow(0).setPartNameGenerator(certificate -> "trust-digest");
        addColumn(CertificateView::spkiPin).setHeader("SPKI pin").setWidth("10rem").setFlexGrow(0)
                .setPartNameGenerator(certificate -> "trust-digest");
        rolloverColumn = wrapping(addColumn(certificate -> CertificateText.rollover(certificate, shown))
                .setHeader("Rollover").setWidth("8rem").setFlexGrow(1));
    }

    private static Column<CertificateView> wrapping(Column<CertificateView> column) {
        return column.setResizable(true).setPartNameGenerator(certificate -> "trust-wrap");
    }

    /** Adds the scope column, for lists that mix global anchors with a peer's own. */
    CertificateGrid withScopeColumn() {
        addColumn(CertificateText::scope).setHeader("Scope").setAutoWidth(true);
        return this;
    }

    /**
     * Offers a Remove button on the rows that {@code removable} accepts.
     *
     * @param onRemove asked to remove a certificate; it confirms first
     */
    void offerRemoval(Predicate<CertificateView> removable, Consumer<CertificateView> onRemove) {
        if (removeColumn != null) {
            removeColumn.setVisible(true);
            return;
        }
        removeColumn = addComponentColumn(certificate -> removeButton(certificate, removable, onRemove))
                .setHeader("").setWidth("5rem").setFlexGrow(0);
    }

    void withholdRemoval() {
        if (removeColumn != null) {
            removeColumn.setVisible(false);
        }
    }

    private static Button removeButton(CertificateView certificate, Predicate<CertificateView> removable,
            Consumer<CertificateView> onRemove) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(certificate));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.setAriaLabel("Remove " + CertificateText.commonName(certificate));
        remove.setTooltipText("Remove");
        remove.addClassName("trust-remove");
        remove.setVisible(removable.test(certificate));
        return remove;
    }

    void show(List<CertificateView> certificates) {
        shown = List.copyOf(certificates);
        rolloverColumn.setVisible(shown.stream().anyMatch(c -> !CertificateText.rollover(c, shown).isEmpty()));
        setItems(shown);
    }

    List<CertificateView> shown() {
        return shown;
    }
}
