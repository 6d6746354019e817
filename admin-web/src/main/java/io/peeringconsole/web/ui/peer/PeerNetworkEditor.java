package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;

/** The dialog around a {@link PeerNetworkForm}; it closes only through the form's buttons, so no edit is lost. */
final class PeerNetworkEditor extends Dialog {

    private final PeerNetworkForm form;

    PeerNetworkEditor(PeerNetworkForm form) {
        this.form = form;
        setId("peer-editor");
        setWidth("min(52rem, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        add(form);
    }

    void open(PeerNetworkFormData data, List<ClearingHouseOption> clearingHouses) {
        setHeaderTitle(data.isNew() ? "New peer network" : "Edit “" + data.getDisplayName() + "”");
        form.setClearingHouses(clearingHouses);
        form.edit(data);
        open();
    }
}
