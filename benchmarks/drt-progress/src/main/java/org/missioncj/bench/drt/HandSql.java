package org.missioncj.bench.drt;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.missioncj.curriculum.api.dto.CatalogSession;

/**
 * The two views written by hand over plain JDBC (no MyBatis, no optimizer hints), for the same rows in the same
 * order as the module's: what a DBA asked for "each participant of the team, the sessions done of the catalog, the
 * next one, the last day" and "the site's participants with no session delivered in 30 days" would write.
 *
 * <ul>
 * <li>{@link #teamPage}: one GROUP BY of the team's open enrollments LEFT JOINed to their delivered sessions, with
 * one {@code MAX(CASE WHEN catalog_session_id = ? ...)} column per catalog session (the catalog in use is given,
 * as the module is given it) and {@code MAX(session_date)}; done and next are read off the flags. The count is a
 * plain {@code COUNT(*)} of the team's open enrollments, skipped (as the module skips it) when a first page that
 * is not full is its own count.
 * <li>{@link #NOT_EXISTS}: the site's open enrollments {@code AND NOT EXISTS} a session delivered since the day,
 * the last day a correlated {@code MAX}, ordered by start and participant; the count the same WHERE.
 * <li>{@link #NOT_EXISTS_PAGED}: the same, with the page taken first in a derived table (ORDER BY, OFFSET, FETCH)
 * and the last day computed for its rows only: what the DBA writes after seeing in the plan that the database
 * computes the correlated {@code MAX} for every row of the list before sorting it. Same count.
 * <li>{@link #WINDOW_COUNT} (PostgreSQL only: Derby has no window aggregates): {@link #NOT_EXISTS}'s page with the
 * total as {@code COUNT(*) OVER ()} in the same query, one statement instead of two (a count query only for a page
 * past the end, which has no row to carry the total).
 * <li>{@link #GROUP_BY}: the site's open enrollments LEFT JOINed to their delivered sessions, grouped, {@code HAVING
 * MAX(session_date) IS NULL OR MAX(session_date) < ?}; the count the same, counted.
 * </ul>
 * B is, per view, the fastest of the hand formulations on the database (the team view has one).
 */
final class HandSql {
    static final String DELIVERED = "('ATTENDED', 'PARTLY')";
    static final String ON_CASELOAD = "('ENROLLED', 'ACTIVE')";

    /** A team view row, as all variants are compared. */
    record TeamRow(String participantId, String enrollmentId, String teamId, int done, int total, String nextSessionId,
            Integer nextSessionNumber, LocalDate lastDate, Integer daysSinceLast) {
    }

    /** A site view row, as all variants are compared. */
    record GapRow(String participantId, String enrollmentId, String teamId, LocalDate start, LocalDate lastDate,
            Integer daysSinceLast) {
    }

    record Result<R>(long total, List<R> rows) {
    }

    /** A site view formulation: a count and a page of the same rows (no count: the page's 6th column is the total). */
    record SiteQuery(String name, String count, String page) {
    }

    static final SiteQuery NOT_EXISTS = new SiteQuery("not-exists",
            "SELECT COUNT(*) FROM drt_enrollment e WHERE e.site = ? AND e.status IN " + ON_CASELOAD
                    + " AND NOT EXISTS (SELECT 1 FROM drt_session s WHERE s.enrollment_id = e.enrollment_id"
                    + " AND s.attendance IN " + DELIVERED + " AND s.session_date >= ?)",
            "SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date,"
                    + " (SELECT MAX(l.session_date) FROM drt_session l WHERE l.enrollment_id = e.enrollment_id"
                    + " AND l.attendance IN " + DELIVERED + ") AS last_date"
                    + " FROM drt_enrollment e WHERE e.site = ? AND e.status IN " + ON_CASELOAD
                    + " AND NOT EXISTS (SELECT 1 FROM drt_session s WHERE s.enrollment_id = e.enrollment_id"
                    + " AND s.attendance IN " + DELIVERED + " AND s.session_date >= ?)"
                    + " ORDER BY e.start_date, e.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");

    static final SiteQuery NOT_EXISTS_PAGED = new SiteQuery("not-exists-paged", NOT_EXISTS.count(),
            "SELECT p.participant_id, p.enrollment_id, p.team_id, p.start_date,"
                    + " (SELECT MAX(l.session_date) FROM drt_session l WHERE l.enrollment_id = p.enrollment_id"
                    + " AND l.attendance IN " + DELIVERED + ") AS last_date"
                    + " FROM (SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date FROM drt_enrollment e"
                    + " WHERE e.site = ? AND e.status IN " + ON_CASELOAD
                    + " AND NOT EXISTS (SELECT 1 FROM drt_session s WHERE s.enrollment_id = e.enrollment_id"
                    + " AND s.attendance IN " + DELIVERED + " AND s.session_date >= ?)"
                    + " ORDER BY e.start_date, e.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) p"
                    + " ORDER BY p.start_date, p.participant_id");

    static final SiteQuery WINDOW_COUNT = new SiteQuery("window-count", null,
            "SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date,"
                    + " (SELECT MAX(l.session_date) FROM drt_session l WHERE l.enrollment_id = e.enrollment_id"
                    + " AND l.attendance IN " + DELIVERED + ") AS last_date, COUNT(*) OVER () AS total"
                    + " FROM drt_enrollment e WHERE e.site = ? AND e.status IN " + ON_CASELOAD
                    + " AND NOT EXISTS (SELECT 1 FROM drt_session s WHERE s.enrollment_id = e.enrollment_id"
                    + " AND s.attendance IN " + DELIVERED + " AND s.session_date >= ?)"
                    + " ORDER BY e.start_date, e.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");

    private static final String GROUPED = "SELECT e.participant_id, e.enrollment_id, e.team_id, e.start_date,"
            + " MAX(s.session_date) AS last_date"
            + " FROM drt_enrollment e LEFT JOIN drt_session s ON s.enrollment_id = e.enrollment_id"
            + " AND s.attendance IN " + DELIVERED
            + " WHERE e.site = ? AND e.status IN " + ON_CASELOAD
            + " GROUP BY e.start_date, e.participant_id, e.enrollment_id, e.team_id"
            + " HAVING MAX(s.session_date) IS NULL OR MAX(s.session_date) < ?";

    static final SiteQuery GROUP_BY = new SiteQuery("group-by",
            "SELECT COUNT(*) FROM (" + GROUPED + ") g",
            GROUPED + " ORDER BY e.start_date, e.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");

    private final DataSource dataSource;
    private final List<CatalogSession> catalog;
    final String teamPage;
    final String teamCount = "SELECT COUNT(*) FROM drt_enrollment e WHERE e.team_id = ? AND e.status IN " + ON_CASELOAD;

    HandSql(DataSource dataSource, List<CatalogSession> catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        StringBuilder flags = new StringBuilder();
        for (int i = 0; i < catalog.size(); i++) {
            flags.append(", MAX(CASE WHEN s.catalog_session_id = ? THEN 1 ELSE 0 END) AS d").append(i);
        }
        this.teamPage = "SELECT e.participant_id, e.enrollment_id, e.team_id, MAX(s.session_date) AS last_date" + flags
                + " FROM drt_enrollment e LEFT JOIN drt_session s ON s.enrollment_id = e.enrollment_id"
                + " AND s.attendance IN " + DELIVERED
                + " WHERE e.team_id = ? AND e.status IN " + ON_CASELOAD
                + " GROUP BY e.start_date, e.participant_id, e.enrollment_id, e.team_id"
                + " ORDER BY e.start_date, e.participant_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    // ---- the team view -------------------------------------------------------------------------------

    /** Page and (when needed) count in one transaction on one (pooled) connection, as the module's work does. */
    Result<TeamRow> team(String teamId, LocalDate today, long offset, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<TeamRow> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(teamPage)) {
                    bindTeamPage(ps, teamId, offset, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(teamRow(rs, today));
                        }
                    }
                }
                long total;
                if (offset == 0 && rows.size() < limit) {
                    total = rows.size();
                } else {
                    try (PreparedStatement ps = c.prepareStatement(teamCount)) {
                        ps.setString(1, teamId);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            total = rs.getLong(1);
                        }
                    }
                }
                c.commit();
                return new Result<>(total, rows);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    void bindTeamPage(PreparedStatement ps, String teamId, long offset, int limit) throws SQLException {
        int p = 1;
        for (CatalogSession s : catalog) {
            ps.setString(p++, s.id);
        }
        ps.setString(p++, teamId);
        ps.setLong(p++, offset);
        ps.setInt(p, limit);
    }

    private TeamRow teamRow(ResultSet rs, LocalDate today) throws SQLException {
        Date last = rs.getDate(4);
        int done = 0;
        CatalogSession next = null;
        for (int i = 0; i < catalog.size(); i++) {
            if (rs.getInt(5 + i) == 1) {
                done++;
            } else if (next == null) {
                next = catalog.get(i);
            }
        }
        LocalDate lastDate = last == null ? null : last.toLocalDate();
        return new TeamRow(rs.getString(1), rs.getString(2), rs.getString(3), done, catalog.size(),
                next == null ? null : next.id, next == null ? null : next.number, lastDate, daysSince(lastDate, today));
    }

    // ---- the site view -------------------------------------------------------------------------------

    Result<GapRow> site(SiteQuery q, String site, LocalDate since, LocalDate today, long offset, int limit)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long total = q.count() == null ? 0 : count(c, q.count(), site, since);
                List<GapRow> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(q.page())) {
                    bindSitePage(ps, site, since, offset, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Date last = rs.getDate(5);
                            LocalDate lastDate = last == null ? null : last.toLocalDate();
                            rows.add(new GapRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getDate(4).toLocalDate(), lastDate, daysSince(lastDate, today)));
                            if (q.count() == null) {
                                total = rs.getLong(6);
                            }
                        }
                    }
                }
                if (q.count() == null && rows.isEmpty() && offset > 0) {
                    total = count(c, NOT_EXISTS.count(), site, since); // past the end: no row carries the total
                }
                c.commit();
                return new Result<>(total, rows);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static long count(Connection c, String sql, String site, LocalDate since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindSiteCount(ps, site, since);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void bindSiteCount(PreparedStatement ps, String site, LocalDate since) throws SQLException {
        ps.setString(1, site);
        ps.setDate(2, Date.valueOf(since));
    }

    static void bindSitePage(PreparedStatement ps, String site, LocalDate since, long offset, int limit)
            throws SQLException {
        bindSiteCount(ps, site, since);
        ps.setLong(3, offset);
        ps.setInt(4, limit);
    }

    static Integer daysSince(LocalDate last, LocalDate today) {
        return last == null ? null : (int) ChronoUnit.DAYS.between(last, today);
    }
}
