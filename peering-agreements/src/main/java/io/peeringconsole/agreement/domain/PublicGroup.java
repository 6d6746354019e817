package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A public group (C5): a resource list of a local domain, maintained by an administrator, that chosen peer networks
 * may subscribe to (RFC 5344 section 2.2). Only the peers it is exposed to find it in their configuration.
 */
@Entity
@Table(name = "public_group")
public class PublicGroup {

    public static final int MAX_SIZE = 10_000;
    public static final int MAX_EXPOSURES = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "local_domain", length = 253, nullable = false, updatable = false)
    private String localDomain;

    @Column(name = "uri", length = ResourceListUri.MAX_LENGTH, nullable = false, unique = true, updatable = false)
    private String uri;

    @Column(name = "max_size", nullable = false)
    private int maxSize;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "public_group_exposure", joinColumns = @JoinColumn(name = "public_group_id"))
    @Column(name = "peer_network_id", nullable = false)
    private Set<Long> exposedTo = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PublicGroup() {
        // for JPA
    }

    /** A group exposed to nobody yet; {@code uri} must already be parsed for its local domain. */
    public static PublicGroup define(ResourceListUri uri, int maxSize, Operator by, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, uri.domain());
        PublicGroup group = new PublicGroup();
        group.localDomain = uri.domain();
        group.uri = uri.asString();
        group.maxSize = checkedSize(maxSize);
        group.createdAt = now;
        group.updatedAt = now;
        return group;
    }

    public void resize(int newMaxSize, Operator by, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        maxSize = checkedSize(newMaxSize);
        updatedAt = now;
    }

    /** Exposes the group to exactly these peer networks (none withdraws it from all). */
    public void exposeTo(Collection<RegisteredPeer> peers, Operator by, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        if (peers.size() > MAX_EXPOSURES) {
            throw new RuleViolationException("exposedTo", "A public group can be exposed to at most "
                    + MAX_EXPOSURES + " peer networks at once; " + peers.size() + " were chosen.");
        }
        for (RegisteredPeer peer : peers) {
            if (peer.isClearingHouse()) {
                throw new RuleViolationException("exposedTo", peer.describe() + " is a clearing house; expose"
                        + " the group to the peer networks of its federation instead.");
            }
        }
        Set<Long> chosen = peers.stream().map(RegisteredPeer::id).collect(Collectors.toSet());
        if (!chosen.equals(exposedTo)) {
            exposedTo.clear();
            exposedTo.addAll(chosen);
        }
        updatedAt = now;
    }

    /** Refuses removal by someone who does not administer the group's local domain. */
    public void checkRemovableBy(Operator by) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
    }

    private static int checkedSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolationException("maxSize", "The maximum size of a public group must be between 1 and "
                    + MAX_SIZE + " members; " + size + " was given.");
        }
        return size;
    }

    public boolean isExposedTo(long peerNetworkId) {
        return exposedTo.contains(peerNetworkId);
    }

    public Long id() {
        return id;
    }

    public String localDomain() {
        return localDomain;
    }

    public String uri() {
        return uri;
    }

    public int maxSize() {
        return maxSize;
    }

    /** The ids of the peer networks the group is exposed to, in ascending order. */
    public Set<Long> exposedTo() {
        return new TreeSet<>(exposedTo);
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
