package io.peeringconsole.web.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The console's data source, whose database is chosen by its URL alone: {@code jdbc:h2:} for the embedded
 * default, {@code jdbc:postgresql:} for several nodes. It exists so that one {@code @DataSourceDefinition}
 * serves both, since the definition's class name cannot depend on configuration.
 */
public class ConsoleDataSource implements DataSource {

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

    private DataSource createTarget() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured: set PEERING_DB_URL or leave it unset for H2.");
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(url);
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
