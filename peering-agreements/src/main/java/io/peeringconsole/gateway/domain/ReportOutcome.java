package io.peeringconsole.gateway.domain;

/** What a gateway did with a snapshot. */
public enum ReportOutcome {
    APPLIED,
    REJECTED
}
