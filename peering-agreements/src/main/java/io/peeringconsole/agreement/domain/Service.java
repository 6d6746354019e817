package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A service two peer networks may exchange (RFC 5344 section 2); only some are standardised. */
public enum Service {
    PRESENCE("Presence subscription", "RFC 5344 §2.1", true),
    PRESENCE_LIST("List-based presence subscription", "RFC 5344 §2.2", true),
    PAGER_IM("Page-mode instant messaging", "RFC 5344 §2.4", true),
    SESSION_IM("Session-based instant messaging (MSRP)", "RFC 5344 §2.5", true),
    NWAY_CHAT("N-way chat", "RFC 5344 §2.6", true),
    FILE_TRANSFER("File transfer", "RFC 5344 §2.6", true),
    // RFC 5344 §2.6 lists it for completeness only: the IETF is not standardising it.
    DOCUMENT_SHARING("Document sharing", "RFC 5344 §2.6", false);

    private final String label;
    private final String reference;
    private final boolean standard;

    Service(String label, String reference, boolean standard) {
        this.label = label;
        this.reference = reference;
        this.standard = standard;
    }

    /** The service named {@code raw} (case and surrounding spaces ignored); unknown names are refused. */
    public static Service parse(String raw, String field) {
        String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (Service service : values()) {
            if (service.name().equals(name)) {
                return service;
            }
        }
        throw new RuleViolationException(field, SafeText.quote(raw) + " is not a service this console knows; choose"
                + " one of " + Arrays.stream(values()).map(Service::name).collect(Collectors.joining(", ")) + ".");
    }

    public String label() {
        return label;
    }

    public String reference() {
        return reference;
    }

    /** False for services the UI must mark as non-standard. */
    public boolean isStandard() {
        return standard;
    }

    /** True for the services that carry messages and so fall under a messages-per-second limit. */
    public boolean carriesMessages() {
        return this == PAGER_IM || this == SESSION_IM || this == NWAY_CHAT;
    }
}
