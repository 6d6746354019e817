package io.peeringconsole.gateway.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.gateway.domain.Gateway;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.PageWindow;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fleet (C7): each gateway with what it applied, when it was last seen, how far it lags behind its domain's newest
 * serial and whether it went silent. Read-only, paged, limited to the local domains the operator may see.
 */
@ApplicationScoped
public class GatewayFleet {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    PublishedSnapshots snapshots;

    Clock clock = Clock.systemUTC();

    /**
     * Gateways by local domain and name.
     *
     * @param localDomain only this local domain, or null for all that {@code op} may see
     * @param text        only gateways whose name contains this (ignoring case), or null
     * @param silence     how long a gateway may stay quiet before it is flagged silent
     */
    @Transactional
    public Page<GatewayView> list(Operator op, String localDomain, String text, int offset, int limit,
            Duration silence) {
        AccessPolicy.requireCanReadRegistry(op);
        PageWindow.check(offset, limit);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (visible != null && visible.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String domain = localDomain == null || localDomain.isBlank() ? null
                : DomainName.parse(localDomain, "localDomain").asString();
        String contains = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String where = " where 1 = 1" + (visible == null ? "" : " and g.localDomain in :visible")
                + (domain == null ? "" : " and g.localDomain = :domain")
                + (contains == null ? "" : " and lower(g.name) like :text");
        TypedQuery<Long> count = em.createQuery("select count(g) from Gateway g" + where, Long.class);
        TypedQuery<Gateway> rows = em.createQuery("select g from Gateway g" + where
                + " order by g.localDomain, g.name", Gateway.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            if (visible != null) {
                query.setParameter("visible", visible);
            }
            if (domain != null) {
                query.setParameter("domain", domain);
            }
            if (contains != null) {
                query.setParameter("text", contains);
            }
        }
        Map<String, Long> newest = new HashMap<>();
        List<GatewayView> items = rows.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(g -> GatewayView.of(g, newest.computeIfAbsent(g.localDomain(), this::newestSerial),
                        clock.instant(), silence))
                .toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    /** The names of the enabled gateways of {@code localDomain}, in order. */
    @Transactional
    public List<String> enabledGatewaysOf(String localDomain) {
        return em.createQuery("select g.name from Gateway g where g.localDomain = :domain and g.enabled = true"
                + " order by g.name", String.class).setParameter("domain", localDomain).getResultList();
    }

    GatewayView view(Gateway gateway, Duration silence) {
        return GatewayView.of(gateway, newestSerial(gateway.localDomain()), clock.instant(), silence);
    }

    private Long newestSerial(String localDomain) {
        return snapshots.current(localDomain).map(PublishedSnapshot::serial).orElse(null);
    }
}
