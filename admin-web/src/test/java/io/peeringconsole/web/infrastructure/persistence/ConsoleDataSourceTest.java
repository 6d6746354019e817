package io.peeringconsole.web.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleDataSourceTest {

    @Test
    void anH2UrlWaitsThirtySecondsForALockUnlessItSaysOtherwise() {
        assertEquals("jdbc:h2:file:./data/console;WRITE_DELAY=0;LOCK_TIMEOUT=30000",
                ConsoleDataSource.withH2LockWait("jdbc:h2:file:./data/console;WRITE_DELAY=0"));
        assertEquals("jdbc:h2:mem:x;lock_timeout=500", ConsoleDataSource.withH2LockWait("jdbc:h2:mem:x;lock_timeout=500"));
    }

    @Test
    void theEmbeddedDatabaseReallyTakesTheLockWait(@TempDir java.nio.file.Path dir) throws Exception {
        ConsoleDataSource source = new ConsoleDataSource();
        source.setUrl("jdbc:h2:file:" + dir.resolve("console") + ";WRITE_DELAY=0");
        source.setUser("console");
        source.setPassword("console");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet lockTimeout = statement.executeQuery("select lock_timeout()")) {
            lockTimeout.next();
            assertEquals(ConsoleDataSource.LOCK_WAIT_MILLIS, lockTimeout.getInt(1));
        }
    }
}
