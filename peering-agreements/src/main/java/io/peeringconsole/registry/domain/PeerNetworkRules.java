package io.peeringconsole.registry.domain;

import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The invariants of {@link PeerNetwork}, kept apart so the entity reads as its state and verbs. */
final class PeerNetworkRules {

    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_NOTES = 4000;
    static final int MAX_DOMAINS = 50;
    static final int MAX_CONTACTS = 20;

    private PeerNetworkRules() {
    }

    static String displayName(String raw) {
        String name = SafeText.trimToNull(raw);
        if (name == null) {
            throw new RuleViolationException("displayName", "Enter a display name, for example the provider's name.");
        }
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new RuleViolationException("displayName", "A display name may have at most " + MAX_DISPLAY_NAME
                    + " characters; this one has " + name.length() + ".");
        }
        if (SafeText.hasControlCharacters(name)) {
            throw new RuleViolationException("displayName", "The display name " + SafeText.quote(name)
                    + " contains control characters (tabs, line breaks); type it on one line.");
        }
        return name;
    }

    static PeerKind kind(PeerKind kind) {
        if (kind == null) {
            throw new RuleViolationException("kind", "Choose whether this is a peer network or a clearing house.");
        }
        return kind;
    }

    static void checkDomains(List<DomainName> domains) {
        if (domains.isEmpty()) {
            throw new RuleViolationException("domains",
                    "Enter at least one domain of the peer network, for example example.net.");
        }
        if (domains.size() > MAX_DOMAINS) {
            throw new RuleViolationException("domains", "A peer network may have at most " + MAX_DOMAINS
                    + " domains; " + domains.size() + " were given. Register the rest as a separate peer network.");
        }
        Set<DomainName> seen = new HashSet<>();
        for (DomainName domain : domains) {
            if (!seen.add(domain)) {
                throw new RuleViolationException("domains", "The domain " + domain.asString()
                        + " is listed twice (after normalisation); remove one of them.");
            }
        }
    }

    static void checkContacts(List<Contact> contacts) {
        if (contacts.size() > MAX_CONTACTS) {
            throw new RuleViolationException("contacts", "A peer network may have at most " + MAX_CONTACTS
                    + " contacts; " + contacts.size() + " were given.");
        }
    }

    static String notes(String raw) {
        String notes = SafeText.trimToNull(raw);
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new RuleViolationException("notes", "Notes may have at most " + MAX_NOTES
                    + " characters; these have " + notes.length() + ".");
        }
        return notes;
    }

    static void checkClearingHouse(PeerNetwork peer, PeerKind newKind, PeerNetwork hub, long reachedThroughPeer) {
        if (peer.isClearingHouse() && newKind != PeerKind.CLEARING_HOUSE && reachedThroughPeer > 0) {
            throw new RuleViolationException("kind", "This clearing house cannot become a peer network while "
                    + reachedThroughPeer + " peer network(s) are reached through it; move them to another clearing"
                    + " house first.");
        }
        if (hub == null) {
            return;
        }
        if (sameParty(peer, hub)) {
            throw new RuleViolationException("clearingHouseId",
                    "A peer network cannot be reached through itself; choose another clearing house or none.");
        }
        if (newKind == PeerKind.CLEARING_HOUSE) {
            throw new RuleViolationException("clearingHouseId", "A clearing house is reached directly, not through "
                    + "another clearing house; leave the clearing house empty.");
        }
        if (!hub.isClearingHouse()) {
            throw new RuleViolationException("clearingHouseId", SafeText.quote(hub.displayName())
                    + " is a peer network, not a clearing house; choose a clearing house or none.");
        }
    }

    static void checkRemovable(PeerNetwork peer, long reachedThroughPeer) {
        if (reachedThroughPeer > 0) {
            throw new ConflictException("The clearing house " + SafeText.quote(peer.displayName()) + " still has "
                    + reachedThroughPeer + " peer network(s) reached through it; move or delete them first.");
        }
    }

    private static boolean sameParty(PeerNetwork peer, PeerNetwork hub) {
        return peer == hub || peer.id() != null && Objects.equals(peer.id(), hub.id());
    }
}
