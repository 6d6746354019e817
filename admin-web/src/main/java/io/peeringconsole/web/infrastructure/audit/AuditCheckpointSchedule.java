package io.peeringconsole.web.infrastructure.audit;

import io.peeringconsole.audit.application.AuditCheckpoints;
import io.peeringconsole.audit.domain.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the audit chain head every {@code peering.audit.checkpoint-interval-seconds} (0 turns it off), skipping
 * intervals in which nothing was recorded. The timer is not persistent: after a restart the next checkpoint simply
 * comes one interval later. With several nodes each signs on its own timer; the head lock and the skip rule keep that
 * to one checkpoint per stretch of new entries.
 */
@Startup
@Singleton
@DependsOn("ConsoleStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    @ConfigProperty(name = "peering.audit.checkpoint-interval-seconds", defaultValue = "300")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            LOG.info("Scheduled audit checkpoints are off (peering.audit.checkpoint-interval-seconds=0).");
            return;
        }
        long millis = intervalSeconds * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("audit-checkpoint", false));
    }

    @Timeout
    void signIfNew() {
        try {
            checkpoints.createIfNew(Actor.system()).ifPresent(c -> LOG.fine(() -> "Signed audit checkpoint " + c));
        } catch (RuntimeException e) {
            // the next interval tries again; a failing key store or database is reported by other means too
            LOG.log(Level.WARNING, "The scheduled audit checkpoint could not be signed: " + e.getMessage(), e);
        }
    }
}
