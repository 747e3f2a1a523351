package org.missioncj.bench.cti;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * A third opinion on the overdue lists, computed in Java from three plain reads of the whole site
 * (enrollments, every due row, every contact day): for each active enrollment, the first due date
 * after its last contact (the first due date when it has none) is overdue when its window has ended
 * by today. Slow, simple, and independent of both SQL formulations; run once before timing.
 */
final class Oracle {
    private Oracle() {
    }

    static Map<String, List<HandSql.Row>> overdueByTeam(DataSource ds, String site, LocalDate today) throws SQLException {
        record Enr(String id, String participantId, String teamId) {
        }
        record Due(LocalDate dueDate, LocalDate windowEnd, int phase) {
        }
        Map<String, Enr> enrollments = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, List<Due>> dues = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT enrollment_id, participant_id, team_id, status "
                    + "FROM cti_enrollment WHERE site = ?")) {
                ps.setString(1, site);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString(4);
                        if ("ENROLLED".equals(status) || "ACTIVE".equals(status)) {
                            enrollments.put(rs.getString(1), new Enr(rs.getString(1), rs.getString(2), rs.getString(3)));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT enrollment_id, local_date FROM cti_contact");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getDate(2).toLocalDate();
                    last.merge(rs.getString(1), d, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT enrollment_id, due_date, window_end, phase FROM cti_due");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dues.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Due(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getInt(4)));
                }
            }
        }
        Map<String, List<HandSql.Row>> byTeam = new HashMap<>();
        for (Enr e : enrollments.values()) {
            LocalDate lastContact = last.get(e.id());
            Due first = null;
            for (Due d : dues.getOrDefault(e.id(), List.of())) {
                if ((lastContact == null || d.dueDate().isAfter(lastContact))
                        && (first == null || d.dueDate().isBefore(first.dueDate()))) {
                    first = d;
                }
            }
            List<HandSql.Row> rows = byTeam.computeIfAbsent(e.teamId(), k -> new ArrayList<>());
            if (first != null && !first.windowEnd().isAfter(today)) {
                rows.add(new HandSql.Row(e.participantId(), e.id(), first.dueDate(), first.windowEnd(), first.phase(),
                        lastContact));
            }
        }
        Comparator<HandSql.Row> order = Comparator.comparing(HandSql.Row::windowEnd)
                .thenComparing(HandSql.Row::participantId);
        byTeam.values().forEach(l -> l.sort(order));
        return byTeam;
    }
}
