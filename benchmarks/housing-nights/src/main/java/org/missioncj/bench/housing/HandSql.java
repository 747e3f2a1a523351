package org.missioncj.bench.housing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.housing.api.dto.Nights;

/**
 * B: the SQL a DBA would write for the same numbers, without the module's constants or any hint. The site's
 * participants are those its enrollments place (the caseload rule: the open enrollment, else the latest one), with
 * one {@code NOT EXISTS}: "no other enrollment of theirs is open or later"; a participant has one placing
 * enrollment, so a plain join to their periods counts each period once. (The same as a semi-join, {@code
 * s.participant_id IN (SELECT ...)}, is as fast on PostgreSQL, but Derby does not flatten an {@code IN} whose
 * subquery has a correlated {@code NOT EXISTS}: it probes it for each of the 2 100 000 periods, minutes a call.) The nights are
 * the overlap of each period that touches the period, summed by kind: on PostgreSQL with {@code LEAST}/{@code
 * GREATEST}, on Derby (which has neither) with {@code CASE}. The placed participants are counted by the same
 * condition. Both statements in one read-only transaction on one pooled connection.
 */
final class HandSql {
    static final String OPEN = "('REFERRED', 'ENROLLED', 'ACTIVE')";
    /** The enrollments {@code e} that place their participant. */
    static final String PLACES = "(e.status IN " + OPEN + " OR NOT EXISTS (SELECT 1 FROM hs_enrollment o "
            + "WHERE o.participant_id = e.participant_id AND (o.status IN " + OPEN + " OR o.start_date > e.start_date "
            + "OR (o.start_date = e.start_date AND o.enrollment_id > e.enrollment_id))))";

    /** Parameters: until, until, from, from (Derby) or until, until, from (PostgreSQL); site; until, from. */
    static String nightsSql(String db) {
        String overlap = db.equals("derby")
                ? "(CASE WHEN s.end_day IS NULL OR s.end_day > ? THEN ? ELSE s.end_day END) "
                        + "- (CASE WHEN s.start_day < ? THEN ? ELSE s.start_day END)"
                : "LEAST(COALESCE(s.end_day, ?), ?) - GREATEST(s.start_day, ?)";
        return "SELECT s.kind, SUM(" + overlap + ") FROM hs_enrollment e JOIN hs_status s "
                + "ON s.participant_id = e.participant_id WHERE e.site = ? AND " + PLACES + " "
                + "AND s.start_day < ? AND (s.end_day IS NULL OR s.end_day > ?) GROUP BY s.kind";
    }

    static final String PLACED_SQL = "SELECT COUNT(*) FROM hs_enrollment e WHERE e.site = ? AND " + PLACES;

    static void bindNights(PreparedStatement ps, String db, String site, long from, long until) throws SQLException {
        int i = 1;
        ps.setLong(i++, until);
        ps.setLong(i++, until);
        ps.setLong(i++, from);
        if (db.equals("derby")) {
            ps.setLong(i++, from);
        }
        ps.setString(i++, site);
        ps.setLong(i++, until);
        ps.setLong(i, from);
    }

    private final DataSource ds;
    private final String db;
    private final String nightsSql;

    HandSql(DataSource ds, String db) {
        this.ds = ds;
        this.db = db;
        this.nightsSql = nightsSql(db);
    }

    /** The site's nights of from..to as {@link Nights}, "today" as the service's (nothing after tonight counts). */
    Nights siteNights(String site, LocalDate from, LocalDate to, LocalDate today) throws SQLException {
        Nights n = new Nights();
        n.site = site;
        n.from = from;
        n.to = to;
        long until = DaySpan.untilDay(to, today);
        long days = Math.max(0, until - from.toEpochDay());
        if (days == 0) {
            return n;
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                try (PreparedStatement ps = c.prepareStatement(nightsSql)) {
                    bindNights(ps, db, site, from.toEpochDay(), until);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String kind = rs.getString(1);
                            long nights = rs.getLong(2);
                            switch (kind) {
                                case "HOUSED" -> n.housed += nights;
                                case "HOMELESS" -> n.homeless += nights;
                                case "INCARCERATED" -> n.incarcerated += nights;
                                default -> n.institution += nights;
                            }
                        }
                    }
                }
                long placed;
                try (PreparedStatement ps = c.prepareStatement(PLACED_SQL)) {
                    ps.setString(1, site);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        placed = rs.getLong(1);
                    }
                }
                n.unknown = Math.max(0, days * placed - n.housed - n.homeless - n.incarcerated - n.institution);
                c.commit();
            } finally {
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        }
        return n;
    }
}
