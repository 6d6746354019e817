package io.peeringconsole.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One domain of a peer network. The normalised name is the primary key, so the database itself guarantees that a
 * domain belongs to at most one peer network, even when two consoles register it at the same moment.
 * Only {@link PeerNetwork} creates and changes these.
 */
@Entity
@Table(name = "peer_domain")
public class PeerDomain {

    @Id
    @Column(name = "name", length = 253)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_network_id", nullable = false)
    private PeerNetwork peerNetwork;

    @Column(name = "position", nullable = false)
    private int position;

    protected PeerDomain() {
        // for JPA
    }

    PeerDomain(PeerNetwork peerNetwork, DomainName name, int position) {
        this.peerNetwork = peerNetwork;
        this.name = name.asString();
        this.position = position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public PeerNetwork peerNetwork() {
        return peerNetwork;
    }
}
