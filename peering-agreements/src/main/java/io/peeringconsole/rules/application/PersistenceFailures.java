package io.peeringconsole.rules.application;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises constraint violations in whatever a flush throws, by SQLSTATE, so that services can turn a race lost to
 * another node into the same conflict message as the one found by their own check, without depending on the JPA
 * provider's exception types.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    // PostgreSQL uses 23503 for both directions; H2 reports a missing parent as 23506.
    private static final Set<String> FOREIGN_KEY_VIOLATIONS = Set.of("23503", "23506");

    private PersistenceFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, Set.of(UNIQUE_VIOLATION));
    }

    public static boolean isForeignKeyViolation(Throwable failure) {
        return hasSqlState(failure, FOREIGN_KEY_VIOLATIONS);
    }

    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && hasSqlState(sql, states)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSqlState(SQLException sql, Set<String> states) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && states.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
