package io.peeringconsole.web.infrastructure.startup;

import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.web.infrastructure.keys.ConsoleKeysBean;
import io.peeringconsole.web.infrastructure.tls.HttpsListenerFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SchemaValidationException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the schema this build expects before anyone uses it: migrates with Flyway, checks
 * that the entities match the migrated schema, opens (or creates) the console's keys, prepares the HTTPS listener's
 * key and trust store, and creates the first
 * administrator on an empty database.
 * Hibernate never generates the schema, because the same migrations must run on H2 and on PostgreSQL.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
        name = ConsoleStartup.DATA_SOURCE,
        className = "io.peeringconsole.web.infrastructure.persistence.ConsoleDataSource",
        url = "${MPCONFIG=peering.db.url}",
        user = "${MPCONFIG=peering.db.user}",
        password = "${MPCONFIG=peering.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32)
public class ConsoleStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/peering";
    private static final Logger LOG = Logger.getLogger(ConsoleStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "peering")
    private EntityManagerFactory entityManagerFactory;

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "peering.admin.password")
    private Optional<String> adminPassword;

    @Inject
    private StartupState state;

    @Inject
    private ConsoleKeysBean keys;

    @Inject
    private HttpsListenerFiles httpsListener;

    @PostConstruct
    void start() {
        migrate();
        validateSchema();
        keys.keyStore();
        httpsListener.prepare();
        bootstrapAdministrator();
        state.markReady();
    }

    private void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    private void validateSchema() {
        try {
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("The database schema does not match this version of the console: "
                    + e.getMessage() + ". Check that PEERING_DB_URL points at this console's database.", e);
        }
    }

    private void bootstrapAdministrator() {
        String configured = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        accounts.bootstrapAdmin(configured).ifPresent(generated -> LOG.warning(
                "First start: created the account 'admin' with the generated password " + generated
                        + " — sign in and change it; it is not shown again."));
    }
}
