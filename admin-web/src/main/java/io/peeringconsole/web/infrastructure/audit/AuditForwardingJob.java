package io.peeringconsole.web.infrastructure.audit;

import io.peeringconsole.audit.alert.LastVerification;
import io.peeringconsole.audit.forwarding.AuditForwarder;
import io.peeringconsole.audit.forwarding.Backoff;
import io.peeringconsole.audit.forwarding.ForwardingStore;
import io.peeringconsole.audit.forwarding.SyslogSettings;
import io.peeringconsole.audit.forwarding.SyslogTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The background work behind forwarding and the dashboard: a forwarding round after each interval (or, while the
 * receiver is down, after a growing backoff), and a periodic verification of the chain. Starts after the schema is
 * migrated. Misconfigured forwarding is logged and reported on the dashboard instead of stopping the console, whose
 * trail keeps every entry until forwarding works.
 */
@Startup
@Singleton
@DependsOn("ConsoleStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditForwardingJob {

    private static final Logger LOG = Logger.getLogger(AuditForwardingJob.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    SyslogConfiguration configuration;

    @Inject
    AuditForwarder forwarder;

    @Inject
    LastVerification verification;

    @Inject
    ForwardingStore store;

    @Inject
    MetricRegistry metrics;

    private volatile SyslogSettings settings = SyslogSettings.off();
    private volatile String misconfiguration;
    private volatile ScheduledFuture<?> nextRound;
    private volatile ScheduledFuture<?> verifying;
    private SyslogTransport transport;
    private Backoff backoff;
    private int failuresInARow;

    @PostConstruct
    void start() {
        try {
            settings = configuration.settings();
            if (settings.enabled()) {
                transport = configuration.transport(settings);
                backoff = new Backoff(settings.interval(), settings.maxBackoff());
                schedule(Duration.ofSeconds(1));
                LOG.info(() -> "Forwarding the audit trail to " + settings.destination());
            }
        } catch (RuntimeException e) {
            misconfiguration = e.getMessage();
            LOG.log(Level.SEVERE, "Audit forwarding is configured wrongly and does not run: " + e.getMessage(), e);
        }
        registerBacklogGauge();
        long every = configuration.verificationInterval().toSeconds();
        verifying = executor.scheduleWithFixedDelay(this::verify, Math.min(60, every), every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        cancel(nextRound);
        cancel(verifying);
    }

    /** The settings in force, for the read-only view of them. */
    public SyslogSettings settings() {
        return settings;
    }

    /** Why forwarding does not run although configured, or {@code null}. */
    public String misconfiguration() {
        return misconfiguration;
    }

    /** {@code audit_forwarding_backlog} on /metrics: entries recorded but not yet confirmed by the receiver. */
    private void registerBacklogGauge() {
        Metadata backlog = Metadata.builder().withName("audit.forwarding.backlog").withUnit("entries")
                .withDescription("Audit entries recorded but not yet confirmed by the syslog receiver (head - cursor)")
                .build();
        metrics.gauge(backlog, () -> store.status(settings.destination()).backlog());
    }

    private void round() {
        Duration wait;
        try {
            var round = forwarder.forward(settings, transport);
            failuresInARow = round.failed() ? failuresInARow + 1 : 0;
            wait = backoff.after(failuresInARow);
            if (round.failed() && failuresInARow == 1) {
                LOG.warning(() -> "Audit forwarding stopped: " + round.failure() + "; retrying with backoff.");
            }
        } catch (RuntimeException e) {
            // The database itself failed: try again later, the cursor has not moved.
            failuresInARow++;
            wait = backoff.after(failuresInARow);
            LOG.log(Level.WARNING, "Audit forwarding round failed", e);
        }
        schedule(wait);
    }

    private void schedule(Duration wait) {
        nextRound = executor.schedule(this::round, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void verify() {
        try {
            var result = verification.run();
            if (!result.intact()) {
                LOG.severe(() -> "Audit trail verification failed: " + result.reason());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit trail verification could not run", e);
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
