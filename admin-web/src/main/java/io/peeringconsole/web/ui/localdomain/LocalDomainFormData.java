package io.peeringconsole.web.ui.localdomain;

import io.peeringconsole.registry.application.LocalDomainView;

/**
 * What the local domain form edits. The name identifies a local domain and is fixed once it exists; the id and
 * version it was opened with make saving update the right row and detect a concurrent change.
 */
public class LocalDomainFormData {

    private final Long id;
    private final long version;
    private String name = "";
    private String displayName = "";

    private LocalDomainFormData(Long id, long version) {
        this.id = id;
        this.version = version;
    }

    public static LocalDomainFormData blank() {
        return new LocalDomainFormData(null, 0);
    }

    public static LocalDomainFormData of(LocalDomainView view) {
        LocalDomainFormData data = new LocalDomainFormData(view.id(), view.version());
        data.name = view.name();
        data.displayName = view.displayName() == null ? "" : view.displayName();
        return data;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
    }
}
