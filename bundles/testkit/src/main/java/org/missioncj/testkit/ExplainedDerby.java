package org.missioncj.testkit;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An in-memory Derby whose connections, while {@link #explain} is on, keep the plan of every statement in
 * Derby's XPLAIN tables (schema PLANS): a test can then check that a list or search reads indexes, never a whole
 * table (the cost that grows with a site's size), without timing anything. Give it to
 * {@code new TestPlatform(dataSource, clock)}.
 */
public final class ExplainedDerby implements DataSource {
    private final EmbeddedDataSource derby = new EmbeddedDataSource();
    private volatile boolean explain;

    public ExplainedDerby() {
        derby.setDatabaseName("memory:search-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
    }

    public void explain(boolean on) {
        explain = on;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = derby.getConnection();
        if (explain) {
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('PLANS')");
            }
        }
        return c;
    }

    /** The statements explained whose text contains {@code text} (case-insensitive). */
    public int statements(String text) throws SQLException {
        try (Connection c = derby.getConnection(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM "
                + "plans.sysxplain_statements WHERE LOWER(CAST(stmt_text AS VARCHAR(32000))) LIKE ?")) {
            s.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * "TABLE in: statement" for each full scan of one of {@code tables} (upper case, as Derby names them) by an
     * explained statement whose text contains {@code text} (case-insensitive).
     */
    public List<String> tableScans(String text, String... tables) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = derby.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sp.scan_object_name, CAST(st.stmt_text AS VARCHAR(32000)) "
                        + "FROM plans.sysxplain_resultsets rs JOIN plans.sysxplain_scan_props sp "
                        + "ON sp.scan_rs_id = rs.scan_rs_id JOIN plans.sysxplain_statements st "
                        + "ON st.stmt_id = rs.stmt_id WHERE rs.op_identifier = 'TABLESCAN'")) {
            while (r.next()) {
                String table = r.getString(1);
                String sql = r.getString(2);
                if (List.of(tables).contains(table) && sql.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                    out.add(table + " in: " + sql);
                }
            }
        }
        return out;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
