package vn.cnnt.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL for the stack: the embedded real server (data kept in the data directory between runs) or an
 * external one; one database and owner per service.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String baseUrl;
    private final String user;
    private final String password;

    private Database(EmbeddedPostgres embedded, String baseUrl, String user, String password) {
        this.embedded = embedded;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    static Database start(StackConfig config) throws IOException {
        if (config.externalPostgresUrl() != null) {
            return new Database(
                    null,
                    config.externalPostgresUrl().replaceFirst("/+$", ""),
                    config.externalPostgresUser(),
                    config.externalPostgresPassword());
        }
        var dir = config.dataDir().resolve("postgres");
        Files.createDirectories(dir);
        // Local runs trade durability for speed (no fsync, asynchronous commit); CNNT_POSTGRES_DURABLE=true runs with
        // production's settings, so that deploy/bench/run can measure money writes both ways.
        boolean durable = Boolean.parseBoolean(System.getenv().getOrDefault("CNNT_POSTGRES_DURABLE", "false"));
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(config.postgresPort())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        return new Database(pg, "jdbc:postgresql://127.0.0.1:" + config.postgresPort(), "postgres", "postgres");
    }

    /** Creates the owner role and database of each service when they do not exist yet. */
    void ensureDatabases(List<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl + "/postgres", user, password);
                Statement s = c.createStatement()) {
            for (String name : names) {
                if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                    s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                    s.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            }
        }
    }

    String jdbcUrl(String database) {
        return baseUrl + "/" + database;
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            return p.executeQuery().next();
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
