package io.peeringconsole.web.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has completed and the database answers: what a load balancer should wait for. */
@Readiness
@ApplicationScoped
public class ConsoleReadiness implements HealthCheck {

    @Inject
    private StartupState state;

    @Resource(lookup = ConsoleStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!state.isReady()) {
            return response.down().withData("reason", "migrations have not completed").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName() + " "
                            + connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
