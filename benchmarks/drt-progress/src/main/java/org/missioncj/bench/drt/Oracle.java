package org.missioncj.bench.drt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.missioncj.curriculum.api.dto.CatalogSession;

/**
 * A third opinion on both views, computed in Java from two plain reads of everything (every enrollment, every
 * session's enrollment, catalog session, day and attendance): per open enrollment the catalog sessions delivered,
 * the last day delivered and whether one was delivered since the day. Slow, simple, and independent of every SQL
 * formulation; run once before timing.
 */
final class Oracle {
    final Map<String, List<HandSql.TeamRow>> teams = new HashMap<>();
    final Map<String, List<HandSql.GapRow>> sites = new HashMap<>();
    long openEnrollments;
    long deliveredSessions;
    long sessions;

    static Oracle read(DataSource ds, List<CatalogSession> catalog, LocalDate today, LocalDate since) throws SQLException {
        record Enr(String id, String participantId, String teamId, String site, LocalDate start) {
        }
        Oracle o = new Oracle();
        Map<String, Enr> open = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, Set<String>> done = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT enrollment_id, participant_id, team_id, site, start_date, "
                    + "status FROM drt_enrollment"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(6);
                    if ("ENROLLED".equals(status) || "ACTIVE".equals(status)) {
                        open.put(rs.getString(1), new Enr(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getDate(5).toLocalDate()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT enrollment_id, catalog_session_id, session_date, "
                    + "attendance FROM drt_session"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    o.sessions++;
                    String a = rs.getString(4);
                    if (!"ATTENDED".equals(a) && !"PARTLY".equals(a)) {
                        continue;
                    }
                    o.deliveredSessions++;
                    String e = rs.getString(1);
                    last.merge(e, rs.getDate(3).toLocalDate(), (x, y) -> x.isAfter(y) ? x : y);
                    done.computeIfAbsent(e, k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        o.openEnrollments = open.size();
        for (Enr e : open.values()) {
            Set<String> d = done.getOrDefault(e.id(), Set.of());
            int n = 0;
            CatalogSession next = null;
            for (CatalogSession s : catalog) {
                if (d.contains(s.id)) {
                    n++;
                } else if (next == null) {
                    next = s;
                }
            }
            LocalDate l = last.get(e.id());
            o.teams.computeIfAbsent(e.teamId(), k -> new ArrayList<>()).add(new HandSql.TeamRow(e.participantId(), e.id(),
                    e.teamId(), n, catalog.size(), next == null ? null : next.id, next == null ? null : next.number, l,
                    HandSql.daysSince(l, today)));
            if (l == null || l.isBefore(since)) {
                o.sites.computeIfAbsent(e.site(), k -> new ArrayList<>()).add(new HandSql.GapRow(e.participantId(), e.id(),
                        e.teamId(), e.start(), l, HandSql.daysSince(l, today)));
            }
        }
        Map<String, LocalDate> starts = new HashMap<>();
        open.values().forEach(e -> starts.put(e.id(), e.start()));
        Comparator<HandSql.TeamRow> teamOrder = Comparator.comparing((HandSql.TeamRow r) -> starts.get(r.enrollmentId()))
                .thenComparing(HandSql.TeamRow::participantId);
        o.teams.values().forEach(l -> l.sort(teamOrder));
        Comparator<HandSql.GapRow> siteOrder = Comparator.comparing(HandSql.GapRow::start)
                .thenComparing(HandSql.GapRow::participantId);
        o.sites.values().forEach(l -> l.sort(siteOrder));
        return o;
    }

    /** One page of a list, by number. */
    static <R> HandSql.Result<R> page(List<R> all, long offset, int limit) {
        List<R> rows = all == null ? List.of() : all;
        int from = (int) Math.min(offset, rows.size());
        int to = (int) Math.min(offset + limit, rows.size());
        return new HandSql.Result<>(rows.size(), new ArrayList<>(rows.subList(from, to)));
    }
}
