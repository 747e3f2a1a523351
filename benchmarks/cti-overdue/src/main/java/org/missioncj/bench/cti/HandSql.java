package org.missioncj.bench.cti;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Overdue lists written by hand over plain JDBC (no MyBatis), for the same rows in the same order as
 * {@code CtiMapper.overdue} and the same number as {@code CtiMapper.countOverdue}. Every query here
 * takes its parameters in the mapper's order: team id, today, then (page only) offset and limit.
 *
 * <ul>
 * <li>{@link #PORTABLE}: B on Derby (and B-portable on PostgreSQL). Runs on both (no CTE, which
 * Derby lacks, no LATERAL). The last contact of each of the team's enrollments is one GROUP BY over
 * the team's enrollments LEFT JOINed to their contacts (the (enrollment_id, local_date) index), the
 * first due date after it a second GROUP BY (MIN) over those enrollments' due rows, and that due row
 * is joined back by its primary key to test its window. No correlated subquery, so each due row is
 * read once. (A first attempt that LEFT JOINed the team's enrollments to a derived table of last
 * contacts made Derby scan all 10 000 enrollments: the team filter belongs inside the derived table.)
 * <li>{@link #POSTGRESQL_LATERAL}: B on PostgreSQL. Per enrollment of the team, the last contact is
 * the first row of a backward index-only scan of (enrollment_id, local_date), and the first due row
 * after it the first row of a forward range scan of the due table's primary key.
 * <li>{@link #PROPOSED_FIX}: not a baseline but the proposed change of {@code CtiMapper.OVERDUE_FROM}:
 * the module's own text with the first due date computed once per enrollment, in the derived table,
 * instead of once per past due row in the WHERE clause (Derby re-runs a correlated subquery there for
 * every joined row), the due row then joined by its primary key; and {@code due_date > COALESCE(last,
 * DATE 0001-01-01)} instead of {@code last IS NULL OR due_date > last}, so the MIN is a range scan of
 * the primary key rather than a filter over the enrollment's due rows. Portable.
 * </ul>
 */
final class HandSql {
    private static final String ACTIVE = "('ENROLLED', 'ACTIVE')";
    private static final String ORDER_PAGE = "ORDER BY d.window_end, o.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    /** A count and a page query of the same FROM clause. */
    record Query(String name, String count, String page) {
        static Query of(String name, String select, String from) {
            return new Query(name, "SELECT COUNT(*) " + from, select + " " + from + ORDER_PAGE);
        }
    }

    static final Query PORTABLE = Query.of("portable",
            "SELECT o.participant_id, o.enrollment_id, d.due_date, d.window_end, d.phase, o.last_contact",
            "FROM (SELECT l.enrollment_id, l.participant_id, l.last_contact, MIN(n.due_date) AS next_due "
                    + "FROM (SELECT t.enrollment_id, t.participant_id, MAX(c.local_date) AS last_contact "
                    + "FROM cti_enrollment t LEFT JOIN cti_contact c ON c.enrollment_id = t.enrollment_id "
                    + "WHERE t.team_id = ? AND t.status IN " + ACTIVE + " "
                    + "GROUP BY t.enrollment_id, t.participant_id) l "
                    + "JOIN cti_due n ON n.enrollment_id = l.enrollment_id "
                    + "AND (l.last_contact IS NULL OR n.due_date > l.last_contact) "
                    + "GROUP BY l.enrollment_id, l.participant_id, l.last_contact) o "
                    + "JOIN cti_due d ON d.enrollment_id = o.enrollment_id AND d.due_date = o.next_due "
                    + "WHERE d.window_end <= ? ");

    static final Query POSTGRESQL_LATERAL = Query.of("postgresql-lateral",
            "SELECT o.participant_id, o.enrollment_id, d.due_date, d.window_end, d.phase, lc.last_contact",
            "FROM cti_enrollment o "
                    + "LEFT JOIN LATERAL (SELECT c.local_date AS last_contact FROM cti_contact c "
                    + "WHERE c.enrollment_id = o.enrollment_id ORDER BY c.local_date DESC LIMIT 1) lc ON TRUE "
                    + "JOIN LATERAL (SELECT n.due_date, n.window_end, n.phase FROM cti_due n "
                    + "WHERE n.enrollment_id = o.enrollment_id AND n.due_date > COALESCE(lc.last_contact, DATE '0001-01-01') "
                    + "ORDER BY n.due_date LIMIT 1) d ON TRUE "
                    + "WHERE o.team_id = ? AND o.status IN " + ACTIVE + " AND d.window_end <= ? ");

    static final Query PROPOSED_FIX = Query.of("proposed-fix",
            "SELECT o.participant_id, o.enrollment_id, d.due_date, d.window_end, d.phase, o.last_contact",
            "FROM (SELECT x.enrollment_id, x.participant_id, x.last_contact, "
                    + "(SELECT MIN(d2.due_date) FROM cti_due d2 WHERE d2.enrollment_id = x.enrollment_id "
                    + "AND d2.due_date > COALESCE(x.last_contact, CAST('0001-01-01' AS DATE))) AS next_due "
                    + "FROM (SELECT e.enrollment_id, e.participant_id, "
                    + "(SELECT MAX(c.local_date) FROM cti_contact c WHERE c.enrollment_id = e.enrollment_id) AS last_contact "
                    + "FROM cti_enrollment e WHERE e.team_id = ? AND e.status IN " + ACTIVE + ") x) o "
                    + "JOIN cti_due d ON d.enrollment_id = o.enrollment_id AND d.due_date = o.next_due "
                    + "WHERE d.window_end <= ? ");

    /** The baseline B of a database. */
    static Query baseline(String databaseId) {
        return "postgresql".equals(databaseId) ? POSTGRESQL_LATERAL : PORTABLE;
    }

    /** One row of the list, in the columns every variant returns. */
    record Row(String participantId, String enrollmentId, LocalDate dueDate, LocalDate windowEnd, int phase,
            LocalDate lastContact) {
    }

    record Result(long total, List<Row> rows) {
    }

    private final DataSource dataSource;

    HandSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Count and page in one transaction on one (pooled) connection, as Database.inTransaction does for A'. */
    Result overdue(Query q, String teamId, LocalDate today, long offset, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Result r = overdue(c, q, teamId, today, offset, limit);
                c.commit();
                return r;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    static Result overdue(Connection c, Query q, String teamId, LocalDate today, long offset, int limit)
            throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement(q.count())) {
            bindCount(ps, teamId, today);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(q.page())) {
            bindPage(ps, teamId, today, offset, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date last = rs.getDate(6);
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate(), rs.getInt(5), last == null ? null : last.toLocalDate()));
                }
            }
        }
        return new Result(total, rows);
    }

    /** Team, today: the count queries' parameters here and in the mapper. */
    static void bindCount(PreparedStatement ps, String teamId, LocalDate today) throws SQLException {
        ps.setString(1, teamId);
        ps.setDate(2, Date.valueOf(today));
    }

    /** Team, today, offset, limit: the page queries' parameters here and in the mapper. */
    static void bindPage(PreparedStatement ps, String teamId, LocalDate today, long offset, int limit) throws SQLException {
        bindCount(ps, teamId, today);
        ps.setLong(3, offset);
        ps.setInt(4, limit);
    }
}
