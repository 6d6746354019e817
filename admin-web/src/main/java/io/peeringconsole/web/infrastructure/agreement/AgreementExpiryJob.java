package io.peeringconsole.web.infrastructure.agreement;

import io.peeringconsole.agreement.application.AgreementService;
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
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Expires agreements whose validity has ended, every {@code peering.agreements.expiry-check-seconds} (60 by
 * default). The service audits each expiry in the transaction that makes it. The timer is not persistent: a run
 * missed while the console was down is simply the next run's work. With several nodes each runs it; two nodes
 * expiring the same agreement at once meet its version check, and the loser logs a conflict that the next run
 * no longer has.
 */
@Startup
@Singleton
@DependsOn("ConsoleStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementExpiryJob {

    static final String INTERVAL_KEY = "peering.agreements.expiry-check-seconds";
    // One run expires batch after batch until none is left; the bound only stops a fault from looping forever.
    static final int MAX_BATCHES_PER_RUN = 100;
    private static final Logger LOG = Logger.getLogger(AgreementExpiryJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AgreementService agreements;

    @Inject
    @ConfigProperty(name = INTERVAL_KEY, defaultValue = "60")
    long intervalSeconds;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        if (intervalSeconds < 1) {
            throw new IllegalStateException(INTERVAL_KEY + " must be 1 or more seconds; " + intervalSeconds
                    + " was configured.");
        }
        long millis = intervalSeconds * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("agreement-expiry", false));
        LOG.info(() -> "Agreements whose validity has ended are expired every " + intervalSeconds + " s");
    }

    @Timeout
    void onTimer() {
        runOnce();
    }

    /**
     * One run. Any failure is logged and swallowed: an exception escaping a timeout would make the container retry
     * and could cancel the timer, and expiry must go on at the next run.
     *
     * @return how many agreements this run expired
     */
    int runOnce() {
        int total = 0;
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                int expired = agreements.expireDue(clock.instant());
                total += expired;
                if (expired == 0) {
                    break;
                }
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Expiring agreements failed after " + total + " this run; the next run retries",
                    failure);
        }
        if (total > 0) {
            int expired = total;
            LOG.info(() -> "Expired " + expired + " agreement(s) whose validity had ended");
        }
        return total;
    }
}
