package io.peeringconsole.web.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The console's data source, whose database is chosen by its URL alone: {@code jdbc:h2:} for the embedded
 * default, {@code jdbc:postgresql:} for several nodes. It exists so that one {@code @DataSourceDefinition}
 * serves both, since the definition's class name cannot depend on configuration.
 */
public class ConsoleDataSource implements DataSource {

    /**
     * How long a change waits for a row another change holds, above all the audit chain's head, which every change
     * appends to. Long enough for the longest single transaction (a publish of 10,000 peers, a batch of 1,000 gateways:
     * seconds), short enough that a person or script learns of a real blockage. The databases' own defaults are about
     * a second (H2), which failed concurrent batches, and forever (PostgreSQL). A URL that sets its own wins.
     */
    static final int LOCK_WAIT_MILLIS = 30_000;
    static final String POSTGRES_LOCK_WAIT = "-c lock_timeout=" + LOCK_WAIT_MILLIS;

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            current = createTarget();
            target = current;
        }
        return current;
    }

    static String withH2LockWait(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";LOCK_TIMEOUT=") ? url : url + ";LOCK_TIMEOUT=" + LOCK_WAIT_MILLIS;
    }

    private DataSource createTarget() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured: set PEERING_DB_URL or leave it unset for H2.");
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(withH2LockWait(url));
            h2.setUser(user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(url);
            if (!url.contains("lock_timeout")) {
                postgres.setOptions(POSTGRES_LOCK_WAIT);
            }
            if (user != null && !user.isBlank()) {
                postgres.setUser(user);
            }
            if (password != null && !password.isBlank()) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        throw new SQLException("Unsupported database URL '" + url
                + "': the console runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...).");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The pool logs for us.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Each driver applies its own default.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
