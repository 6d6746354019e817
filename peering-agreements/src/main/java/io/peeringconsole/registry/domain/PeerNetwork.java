package io.peeringconsole.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A remote provider we may federate with, or a clearing house through which a federation of them is reached.
 * Identified by one or more domains; the first is its primary domain. All changes go through {@link #register} and
 * {@link #revise}, which check every rule in {@link PeerNetworkRules}.
 */
@Entity
@Table(name = "peer_network")
public class PeerNetwork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "display_name", length = PeerNetworkRules.MAX_DISPLAY_NAME, nullable = false)
    private String displayName;

    // Lower-cased copy of the display name: portable, indexable case-insensitive search and sort.
    @Column(name = "search_name", length = 2 * PeerNetworkRules.MAX_DISPLAY_NAME, nullable = false)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private PeerKind kind;

    // Denormalised first domain so that a page of 100,000 peers sorts by domain without a join.
    @Column(name = "primary_domain", length = 253, nullable = false)
    private String primaryDomain;

    @Column(name = "notes", length = PeerNetworkRules.MAX_NOTES)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clearing_house_id")
    private PeerNetwork clearingHouse;

    // Read-only copy of the foreign key: listing a page of peers must not load each one's clearing house.
    @Column(name = "clearing_house_id", insertable = false, updatable = false)
    private Long clearingHouseId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "peerNetwork", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PeerDomain> domains = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "peer_contact", joinColumns = @JoinColumn(name = "peer_network_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    protected PeerNetwork() {
        // for JPA
    }

    /** Registers a peer network or clearing house; {@code clearingHouse} is the hub it is reached through, or null. */
    public static PeerNetwork register(PeerProfile profile, PeerNetwork clearingHouse, Instant now) {
        PeerNetwork peer = new PeerNetwork();
        peer.apply(profile, clearingHouse, 0, now);
        peer.createdAt = now;
        return peer;
    }

    /**
     * Replaces what is known about this peer. {@code peersReachedThroughThis} is how many peers name this one as
     * their clearing house: while there are any, it must stay a clearing house.
     */
    public void revise(PeerProfile profile, PeerNetwork clearingHouse, long peersReachedThroughThis, Instant now) {
        apply(profile, clearingHouse, peersReachedThroughThis, now);
    }

    /** Refuses removal while the federation behind this clearing house still exists. */
    public void checkRemovable(long peersReachedThroughThis) {
        PeerNetworkRules.checkRemovable(this, peersReachedThroughThis);
    }

    private void apply(PeerProfile profile, PeerNetwork hub, long peersReachedThroughThis, Instant now) {
        String name = PeerNetworkRules.displayName(profile.displayName());
        PeerKind newKind = PeerNetworkRules.kind(profile.kind());
        PeerNetworkRules.checkDomains(profile.domains());
        PeerNetworkRules.checkContacts(profile.contacts());
        String newNotes = PeerNetworkRules.notes(profile.notes());
        PeerNetworkRules.checkClearingHouse(this, newKind, hub, peersReachedThroughThis);
        displayName = name;
        searchName = name.toLowerCase(Locale.ROOT);
        kind = newKind;
        notes = newNotes;
        clearingHouse = hub;
        clearingHouseId = hub == null ? null : hub.id();
        replaceDomains(profile.domains());
        contacts.clear();
        contacts.addAll(profile.contacts());
        updatedAt = now;
    }

    // Domains kept from before keep their row: a unique name cannot be deleted and inserted in one flush.
    private void replaceDomains(List<DomainName> names) {
        Map<String, PeerDomain> existing = domains.stream()
                .collect(Collectors.toMap(PeerDomain::name, Function.identity()));
        domains.clear();
        for (int position = 0; position < names.size(); position++) {
            PeerDomain kept = existing.get(names.get(position).asString());
            if (kept != null) {
                kept.moveTo(position);
                domains.add(kept);
            } else {
                domains.add(new PeerDomain(this, names.get(position), position));
            }
        }
        primaryDomain = names.getFirst().asString();
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public PeerKind kind() {
        return kind;
    }

    public boolean isClearingHouse() {
        return kind == PeerKind.CLEARING_HOUSE;
    }

    /** Domain names in their normal form, primary first. */
    public List<String> domainNames() {
        return domains.stream().map(PeerDomain::name).toList();
    }

    public String primaryDomain() {
        return primaryDomain;
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public String notes() {
        return notes;
    }

    public PeerNetwork clearingHouse() {
        return clearingHouse;
    }

    public Long clearingHouseId() {
        return clearingHouseId;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
