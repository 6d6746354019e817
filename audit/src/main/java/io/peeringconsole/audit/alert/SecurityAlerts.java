package io.peeringconsole.audit.alert;

import io.peeringconsole.audit.forwarding.ForwardingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Gathers the facts behind the dashboard's alerts and applies {@link AlertRules} to them. */
@ApplicationScoped
public class SecurityAlerts {

    /** The action the access module records for a refused login. */
    static final String LOGIN_FAILED = AlertRules.LOGIN_FAILED;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    LastVerification verification;

    /** Every current alert, the most urgent first. */
    @Transactional
    public List<Alert> current(AlertSettings settings, ForwardingStatus forwarding) {
        Instant now = Instant.now();
        List<Alert> alerts = new ArrayList<>();
        verification.last().ifPresent(last -> alerts.addAll(AlertRules.verification(last.verification(), last.at())));
        alerts.addAll(AlertRules.failedLogins(failedLogins(settings, now), settings, now));
        alerts.addAll(AlertRules.forwarding(forwarding, settings, now));
        alerts.sort((a, b) -> a.severity().compareTo(b.severity()));
        return alerts;
    }

    /** Failed logins per user name and per source address since the window began, those at the threshold only. */
    List<FailedLogins> failedLogins(AlertSettings settings, Instant now) {
        Instant since = now.minus(settings.failedLoginWindow());
        List<FailedLogins> counts = new ArrayList<>(grouped("actorName", "user", since, settings.failedLogins()));
        counts.addAll(grouped("sourceAddress", "source", since, settings.failedLogins()));
        return counts;
    }

    private List<FailedLogins> grouped(String field, String by, Instant since, int threshold) {
        return em.createQuery("select e." + field + ", count(e) from AuditEntry e where e.action = :action"
                                + " and e.occurredAt >= :since and e." + field + " is not null group by e." + field
                                + " having count(e) >= :threshold order by count(e) desc", Object[].class)
                .setParameter("action", LOGIN_FAILED)
                .setParameter("since", since)
                .setParameter("threshold", (long) threshold)
                .setMaxResults(20)
                .getResultList().stream()
                .map(row -> new FailedLogins(by, (String) row[0], (Long) row[1]))
                .toList();
    }
}
