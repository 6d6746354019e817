package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Makes the PostgreSQL run of the persistence tests visible: locally it is skipped, with this message, when
 * PEERING_TEST_POSTGRES is unset; in CI it must never be skipped.
 */
class PostgresqlCoverageIT {

    @Test
    void persistenceTestsAlsoRunOnPostgresql() {
        String url = System.getenv("PEERING_TEST_POSTGRES");
        boolean configured = url != null && !url.isBlank();
        if (!configured && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("PEERING_TEST_POSTGRES is unset in CI: the persistence tests did not run on PostgreSQL. "
                    + "scripts/test-services.sh should have started PostgreSQL; see its warnings above.");
        }
        assumeTrue(configured, "SKIPPED: the persistence tests ran on H2 only, because PEERING_TEST_POSTGRES is unset. "
                + "Run ./console test (which starts PostgreSQL) or set PEERING_TEST_POSTGRES=jdbc:postgresql://...");
    }
}
