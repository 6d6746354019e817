package io.peeringconsole.web.ui.peer;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.application.PeerNetworkCommand;
import io.peeringconsole.registry.application.PeerNetworkView;
import java.util.List;

/**
 * What the peer network form edits: a mutable copy of the values, plus the identity and version it was opened with
 * (fixed, so that saving updates the right row and a concurrent change is detected).
 */
public class PeerNetworkFormData {

    private final Long id;
    private final long version;
    private String displayName = "";
    private PeerKind kind = PeerKind.PEER_NETWORK;
    private List<String> domains = List.of();
    private List<Contact> contacts = List.of();
    private String notes = "";
    private Long clearingHouseId;

    private PeerNetworkFormData(Long id, long version) {
        this.id = id;
        this.version = version;
    }

    public static PeerNetworkFormData blank() {
        return new PeerNetworkFormData(null, 0);
    }

    public static PeerNetworkFormData of(PeerNetworkView view) {
        PeerNetworkFormData data = new PeerNetworkFormData(view.id(), view.version());
        data.displayName = view.displayName();
        data.kind = view.kind();
        data.domains = List.copyOf(view.domains());
        data.contacts = List.copyOf(view.contacts());
        data.notes = view.notes() == null ? "" : view.notes();
        data.clearingHouseId = view.clearingHouseId();
        return data;
    }

    /** Only a peer network is reached through a clearing house; a clearing house is not. */
    public PeerNetworkCommand toCommand() {
        Long via = kind == PeerKind.PEER_NETWORK ? clearingHouseId : null;
        String trimmedNotes = notes == null || notes.isBlank() ? null : notes.strip();
        return new PeerNetworkCommand(displayName == null ? "" : displayName.strip(), kind, domains, contacts,
                trimmedNotes, via);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public PeerKind getKind() {
        return kind;
    }

    public void setKind(PeerKind kind) {
        this.kind = kind;
    }

    public List<String> getDomains() {
        return domains;
    }

    public void setDomains(List<String> domains) {
        this.domains = List.copyOf(domains);
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getClearingHouseId() {
        return clearingHouseId;
    }

    public void setClearingHouseId(Long clearingHouseId) {
        this.clearingHouseId = clearingHouseId;
    }
}
