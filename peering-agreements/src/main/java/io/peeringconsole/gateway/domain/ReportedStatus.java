package io.peeringconsole.gateway.domain;

import io.peeringconsole.rules.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What a gateway last told the console about the snapshots it was given: the newest serial it applied, its latest
 * rejection with the reason (kept after a later success, since it is worth knowing), and its latest report, against
 * which a retried request is recognised as a replay. Part of {@link Gateway}'s row.
 */
@Embeddable
public class ReportedStatus {

    @Column(name = "applied_serial")
    private Long appliedSerial;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "rejected_serial")
    private Long rejectedSerial;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "last_report_serial")
    private Long lastReportSerial;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_report_outcome", length = 10)
    private ReportOutcome lastReportOutcome;

    @Column(name = "last_report_reason", length = 2000)
    private String lastReportReason;

    // Never null, so that JPA always loads this part, even for a gateway that has not reported yet.
    @Column(name = "reports_recorded", nullable = false)
    private long reportsRecorded;

    /**
     * Records {@code report} of the gateway {@code gatewayName}. A report identical to the latest one is a replay:
     * nothing changes.
     *
     * @return true when the report was recorded, false for a replay
     */
    boolean record(StatusReport report, String gatewayName, Instant now) {
        if (report.equals(latestReport())) {
            return false;
        }
        if (report.outcome() == ReportOutcome.APPLIED && appliedSerial != null && report.serial() < appliedSerial) {
            throw new ConflictException("The gateway " + gatewayName + " already reported serial " + appliedSerial
                    + " applied; a report that it applied the older serial " + report.serial() + " arrived late or"
                    + " is wrong. Pull the current snapshot and report on it.");
        }
        if (report.outcome() == ReportOutcome.APPLIED) {
            appliedSerial = report.serial();
            appliedAt = now;
        } else {
            rejectedSerial = report.serial();
            rejectionReason = report.reason();
            rejectedAt = now;
        }
        lastReportSerial = report.serial();
        lastReportOutcome = report.outcome();
        lastReportReason = report.reason();
        reportsRecorded++;
        return true;
    }

    private StatusReport latestReport() {
        return lastReportOutcome == null ? null
                : new StatusReport(lastReportSerial, lastReportOutcome, lastReportReason);
    }

    public Long appliedSerial() {
        return appliedSerial;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Long rejectedSerial() {
        return rejectedSerial;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public long reportsRecorded() {
        return reportsRecorded;
    }
}
