package org.missioncj.bench.housing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.api.dto.Nights;

/**
 * The numbers computed in Java from every row (two plain full reads): each participant's placing enrollment by the
 * caseload rule (the open one, else the one that started last, then the greatest id), and each period's nights by
 * {@link DaySpan#daysWithin}, the same arithmetic the module's SQL is tested against.
 */
final class Oracle {
    private static final class Enr {
        String id;
        String site;
        LocalDate start;
        boolean open;
    }

    /** The bench site's placed participants' periods: kind ordinal, start day, end day (or -1 while open). */
    private final int[] kinds;
    private final int[] starts;
    private final int[] ends;
    final long placed;
    final long rows;

    private Oracle(int[] kinds, int[] starts, int[] ends, long placed, long rows) {
        this.kinds = kinds;
        this.starts = starts;
        this.ends = ends;
        this.placed = placed;
        this.rows = rows;
    }

    static Oracle read(DataSource ds, String site) throws SQLException {
        Map<String, Enr> placing = new HashMap<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT participant_id, enrollment_id, site, start_date, status "
                        + "FROM hs_enrollment");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Enr e = new Enr();
                e.id = rs.getString(2);
                e.site = rs.getString(3);
                e.start = rs.getDate(4).toLocalDate();
                e.open = HandSql.OPEN.contains("'" + rs.getString(5) + "'");
                placing.merge(rs.getString(1), e, Oracle::better);
            }
        }
        Map<String, Boolean> here = new HashMap<>();
        long placed = 0;
        for (Map.Entry<String, Enr> p : placing.entrySet()) {
            if (p.getValue().site.equals(site)) {
                here.put(p.getKey(), Boolean.TRUE);
                placed++;
            }
        }
        List<int[]> chunks = new ArrayList<>();
        int[] chunk = new int[3 * 65_536];
        int n = 0;
        long rows = 0;
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT participant_id, kind, start_day, end_day FROM hs_status")) {
            c.setAutoCommit(false); // PostgreSQL streams the rows only in a transaction
            ps.setFetchSize(10_000);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                rows++;
                if (!here.containsKey(rs.getString(1))) {
                    continue;
                }
                int end = rs.getInt(4);
                if (rs.wasNull()) {
                    end = -1;
                }
                chunk[n++] = HousingStatus.Kind.valueOf(rs.getString(2)).ordinal();
                chunk[n++] = rs.getInt(3);
                chunk[n++] = end;
                if (n == chunk.length) {
                    chunks.add(chunk);
                    chunk = new int[chunk.length];
                    n = 0;
                }
            }
            rs.close();
            c.commit();
        }
        int size = chunks.size() * chunk.length / 3 + n / 3;
        int[] kinds = new int[size];
        int[] starts = new int[size];
        int[] ends = new int[size];
        int k = 0;
        chunks.add(java.util.Arrays.copyOf(chunk, n));
        for (int[] ch : chunks) {
            for (int i = 0; i < ch.length; i += 3) {
                kinds[k] = ch[i];
                starts[k] = ch[i + 1];
                ends[k] = ch[i + 2];
                k++;
            }
        }
        return new Oracle(kinds, starts, ends, placed, rows);
    }

    private static Enr better(Enr a, Enr b) {
        if (a.open != b.open) {
            return a.open ? a : b;
        }
        int byStart = a.start.compareTo(b.start);
        if (byStart != 0) {
            return byStart > 0 ? a : b;
        }
        return a.id.compareTo(b.id) > 0 ? a : b;
    }

    /** The periods the bench site's placed participants hold. */
    int periods() {
        return kinds.length;
    }

    Nights nights(String site, LocalDate from, LocalDate to, LocalDate today) {
        Nights n = new Nights();
        n.site = site;
        n.from = from;
        n.to = to;
        long[] byKind = new long[4];
        for (int i = 0; i < kinds.length; i++) {
            DaySpan span = DaySpan.of(LocalDate.ofEpochDay(starts[i]), ends[i] < 0 ? null : LocalDate.ofEpochDay(ends[i]));
            byKind[kinds[i]] += span.daysWithin(from, to, today);
        }
        n.housed = byKind[HousingStatus.Kind.HOUSED.ordinal()];
        n.homeless = byKind[HousingStatus.Kind.HOMELESS.ordinal()];
        n.incarcerated = byKind[HousingStatus.Kind.INCARCERATED.ordinal()];
        n.institution = byKind[HousingStatus.Kind.INSTITUTION.ordinal()];
        long days = Math.max(0, DaySpan.untilDay(to, today) - from.toEpochDay());
        n.unknown = days == 0 ? 0 : Math.max(0, days * placed - n.housed - n.homeless - n.incarcerated - n.institution);
        return n;
    }
}
