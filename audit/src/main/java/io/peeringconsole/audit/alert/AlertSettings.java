package io.peeringconsole.audit.alert;

import java.time.Duration;

/**
 * When facts become alerts.
 *
 * @param failedLogins       failed logins for one user name or source within {@code failedLoginWindow} that alert
 * @param failedLoginWindow  how far back failed logins count
 * @param backlog            forwarding backlog (entries) above which to alert
 */
public record AlertSettings(int failedLogins, Duration failedLoginWindow, long backlog) {

    public AlertSettings {
        if (failedLogins < 1) {
            throw new IllegalArgumentException("The failed-login alert threshold must be at least 1, not "
                    + failedLogins + ".");
        }
        if (failedLoginWindow == null || failedLoginWindow.isNegative() || failedLoginWindow.isZero()) {
            throw new IllegalArgumentException("The failed-login alert window must be a positive duration.");
        }
    }

    public static AlertSettings defaults() {
        return new AlertSettings(5, Duration.ofMinutes(15), 1000);
    }
}
