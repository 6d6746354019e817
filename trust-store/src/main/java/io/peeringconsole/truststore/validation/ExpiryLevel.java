package io.peeringconsole.truststore.validation;

/** How urgent an expiry is; the UI shows a badge per level and the dashboard counts them. */
public enum ExpiryLevel {
    EXPIRED, WITHIN_7_DAYS, WITHIN_30_DAYS
}
