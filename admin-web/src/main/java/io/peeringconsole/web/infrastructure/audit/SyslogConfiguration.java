package io.peeringconsole.web.infrastructure.audit;

import io.peeringconsole.audit.alert.AlertSettings;
import io.peeringconsole.audit.forwarding.SocketSyslogTransport;
import io.peeringconsole.audit.forwarding.SyslogSettings;
import io.peeringconsole.audit.forwarding.SyslogTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Forwarding and alert settings from MicroProfile Config ({@code peering.audit.syslog.*}, {@code peering.alerts.*};
 * each also as an environment variable, e.g. {@code PEERING_AUDIT_SYSLOG_HOST}). Read once at start; the UI shows
 * them read-only.
 */
@ApplicationScoped
public class SyslogConfiguration {

    private static final String PREFIX = "peering.audit.syslog.";

    public SyslogSettings settings() {
        Config config = ConfigProvider.getConfig();
        SyslogSettings d = SyslogSettings.off();
        boolean tls = value(config, "tls", Boolean.class).orElse(false);
        return new SyslogSettings(value(config, "host", String.class).orElse(null),
                value(config, "port", Integer.class).orElse(tls ? 6514 : 514), tls,
                value(config, "tls.trusted-ca", String.class).filter(s -> !s.isBlank()).map(Path::of).orElse(null),
                value(config, "hostname", String.class).orElseGet(SyslogConfiguration::localHostName),
                value(config, "app-name", String.class).orElse(d.appName()),
                value(config, "facility", Integer.class).orElse(d.facility()),
                value(config, "batch-size", Integer.class).orElse(d.batchSize()),
                value(config, "max-message-bytes", Integer.class).orElse(d.maxMessageBytes()),
                duration(config, "timeout", d.timeout()), duration(config, "interval", d.interval()),
                duration(config, "max-backoff", d.maxBackoff()),
                value(config, "backlog-alert", Long.class).orElse(d.backlogAlert()));
    }

    public AlertSettings alertSettings(SyslogSettings syslog) {
        Config config = ConfigProvider.getConfig();
        AlertSettings d = AlertSettings.defaults();
        return new AlertSettings(
                config.getOptionalValue("peering.alerts.failed-logins", Integer.class).orElse(d.failedLogins()),
                config.getOptionalValue("peering.alerts.failed-login-window", String.class).map(Duration::parse)
                        .orElse(d.failedLoginWindow()),
                syslog.backlogAlert());
    }

    /** How often the chain is verified for the dashboard. */
    public Duration verificationInterval() {
        return ConfigProvider.getConfig().getOptionalValue("peering.audit.verify.interval", String.class)
                .map(Duration::parse).orElse(Duration.ofHours(1));
    }

    public SyslogTransport transport(SyslogSettings settings) {
        return new SocketSyslogTransport(settings.host(), settings.port(),
                settings.tls() ? SyslogTls.context(settings.trustedCa()) : null, (int) settings.timeout().toMillis());
    }

    private static <T> Optional<T> value(Config config, String key, Class<T> type) {
        return config.getOptionalValue(PREFIX + key, String.class).filter(s -> !s.isBlank())
                .map(s -> config.getConverter(type).orElseThrow().convert(s.strip()));
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        return value(config, key, String.class).map(Duration::parse).orElse(fallback);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "-";
        }
    }
}
