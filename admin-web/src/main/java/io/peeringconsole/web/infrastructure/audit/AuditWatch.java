package io.peeringconsole.web.infrastructure.audit;

import io.peeringconsole.audit.alert.Alert;
import io.peeringconsole.audit.alert.SecurityAlerts;
import io.peeringconsole.audit.forwarding.ForwardingStatus;
import io.peeringconsole.audit.forwarding.ForwardingStore;
import io.peeringconsole.audit.forwarding.SyslogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What the dashboard and the API show about forwarding and alerts, from the job's settings and the database. */
@ApplicationScoped
public class AuditWatch {

    @Inject
    AuditForwardingJob job;

    @Inject
    ForwardingStore store;

    @Inject
    SecurityAlerts alerts;

    @Inject
    SyslogConfiguration configuration;

    public SyslogSettings settings() {
        return job.settings();
    }

    public ForwardingStatus forwarding() {
        return store.status(job.settings().destination());
    }

    /** Current alerts; a forwarding configuration that could not be used is one of them. */
    public List<Alert> alerts() {
        SyslogSettings settings = job.settings();
        List<Alert> current = new ArrayList<>();
        String misconfiguration = job.misconfiguration();
        if (misconfiguration != null) {
            current.add(new Alert(Alert.Severity.WARNING, "FORWARDING_MISCONFIGURED",
                    "Audit forwarding is configured but does not run", misconfiguration,
                    "Correct the peering.audit.syslog settings and restart the console; nothing is lost meanwhile."));
        }
        current.addAll(alerts.current(configuration.alertSettings(settings), forwarding()));
        return current;
    }
}
