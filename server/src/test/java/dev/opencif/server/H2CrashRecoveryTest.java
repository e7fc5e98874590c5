package dev.opencif.server;

import dev.opencif.adapter.jdbc.JdbcAdapters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** {@link CrashRecoveryScenario} on the server's default: the embedded H2 file database. */
class H2CrashRecoveryTest extends CrashRecoveryScenario {
    private JdbcAdapters database;

    @Override
    protected List<String> databaseArguments() {
        return List.of("--data-dir", dir.resolve("data").toString());
    }

    @Override
    protected Connection openDatabase() throws SQLException {
        closeDatabase();
        database = JdbcAdapters.h2File(dir.resolve("data"), Clock.systemUTC());
        return database.dataSource().getConnection();
    }

    @Override
    protected void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
