package org.missioncj.bench.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The executed plans of a module's queries (the SQL text MyBatis sends, bound by its own parameter
 * handler) and of the hand-written ones: Derby's runtime statistics ({@code SYSCS_SET_RUNTIMESTATISTICS}) or
 * PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)}. Uses a connection of its own, outside the pool,
 * so the statistics mode never leaks into the timed calls.
 */
public final class Plans {
    private Plans() {
    }

    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    public static String explain(DataSource raw, String databaseId, String title, String sql, Binder binder) throws SQLException {
        StringBuilder out = new StringBuilder();
        out.append("==== ").append(title).append(" ====\n").append(sql).append("\n\n");
        try (Connection c = raw.getConnection()) {
            c.setAutoCommit(true);
            if ("derby".equals(databaseId)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)");
                }
                int rows = 0;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    out.append("(").append(rows).append(" rows)\n").append(rs.getString(1)).append('\n');
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(0)");
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append('\n');
                        }
                    }
                }
            }
        }
        return out.append('\n').toString();
    }
}
