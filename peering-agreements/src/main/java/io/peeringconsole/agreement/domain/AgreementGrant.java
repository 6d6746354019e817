package io.peeringconsole.agreement.domain;

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
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The stored form of one direction's {@link ServiceGrant}. Every agreement has exactly two, made with it and changed
 * in place, so that a revision never deletes and re-inserts a row under the (agreement, direction) unique key.
 * Only {@link PeeringAgreement} creates and changes these.
 */
@Entity
@Table(name = "agreement_grant")
public class AgreementGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private PeeringAgreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 16, nullable = false, updatable = false)
    private Direction direction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_grant_service", joinColumns = @JoinColumn(name = "grant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 32, nullable = false)
    private Set<Service> services = new HashSet<>();

    @Column(name = "max_list_size")
    private Integer maxListSize;

    @Column(name = "personal_lists", nullable = false)
    private boolean personalLists;

    @Column(name = "public_lists", nullable = false)
    private boolean publicLists;

    @Column(name = "ad_hoc_lists", nullable = false)
    private boolean adHocLists;

    @Column(name = "max_concurrent_sessions")
    private Integer maxConcurrentSessions;

    @Column(name = "max_file_size_bytes")
    private Long maxFileSizeBytes;

    @Column(name = "messages_per_second")
    private Integer messagesPerSecond;

    protected AgreementGrant() {
        // for JPA
    }

    AgreementGrant(PeeringAgreement agreement, Direction direction, ServiceGrant grant) {
        this.agreement = agreement;
        this.direction = direction;
        replace(grant);
    }

    void replace(ServiceGrant grant) {
        if (!services.equals(grant.services())) {
            services.clear();
            services.addAll(grant.services());
        }
        PresenceListLimits lists = grant.presenceList();
        maxListSize = lists == null ? null : lists.maxListSize();
        personalLists = lists != null && lists.allows(ListKind.PERSONAL);
        publicLists = lists != null && lists.allows(ListKind.PUBLIC);
        adHocLists = lists != null && lists.allows(ListKind.AD_HOC);
        maxConcurrentSessions = grant.sessions() == null ? null : grant.sessions().maxConcurrentSessions();
        maxFileSizeBytes = grant.fileTransfer() == null ? null : grant.fileTransfer().maxSizeBytes();
        messagesPerSecond = grant.messageRate() == null ? null : grant.messageRate().messagesPerSecond();
    }

    Direction direction() {
        return direction;
    }

    ServiceGrant toServiceGrant() {
        return new ServiceGrant(services, presenceList(),
                maxConcurrentSessions == null ? null : new SessionLimit(maxConcurrentSessions),
                maxFileSizeBytes == null ? null : new FileTransferLimit(maxFileSizeBytes),
                messagesPerSecond == null ? null : new MessageRate(messagesPerSecond));
    }

    private PresenceListLimits presenceList() {
        if (maxListSize == null) {
            return null;
        }
        Set<ListKind> kinds = EnumSet.noneOf(ListKind.class);
        if (personalLists) {
            kinds.add(ListKind.PERSONAL);
        }
        if (publicLists) {
            kinds.add(ListKind.PUBLIC);
        }
        if (adHocLists) {
            kinds.add(ListKind.AD_HOC);
        }
        return new PresenceListLimits(kinds, maxListSize);
    }
}
