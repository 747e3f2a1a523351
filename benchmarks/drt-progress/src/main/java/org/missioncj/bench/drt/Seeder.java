package org.missioncj.bench.drt;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.drt.impl.DrtBench;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;

/**
 * Writes the synthetic program once: 4 sites of 100 teams (each with its Case Manager and Peer Support
 * Specialist, and a Clinical Supervisor per site) through the registry services, then by JDBC batches straight
 * into DRT's tables 10 000 open enrollments (25 a team) and 1 000 closed ones, and 500 000 DRT sessions over the
 * 13 catalog sessions in use, dated over the past year and written in the order they happened. Everything comes
 * from one seeded {@link Random}, so two databases seeded on the same day hold the same rows (ids included).
 * A row in {@code bench_drt_seed} marks a finished seed and keeps its day, which the measurement then uses as
 * "today"; without it, DRT's rows of the bench sites are deleted and written again (teams and staff are reused).
 *
 * <p>Of the open enrollments about 6 % never had a session delivered (at most a no-show or two), about 24 %
 * stopped 29 to 180 days ago, the rest had one in the last 25 days; so roughly 3 in 10 have none in 30 days.
 * How far each got through the catalog grows with how long it has been enrolled.
 */
final class Seeder {
    static final String SITE_PREFIX = "Bench DRT Site ";
    static final int SITES = 4;
    static final int TEAMS = 400;
    static final int PER_TEAM = 25;
    /** Closed enrollments (completed, discharged, withdrawn, referred) of other participants, 2 or 3 a team. */
    static final int CLOSED = 1_000;
    static final int SESSIONS = 500_000;
    static final String MARKER = "drt-progress-v1";
    static final long RANDOM_SEED = 20261202L;
    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 10_000;
    /** A catalog session no longer in the catalog in use (delivered before it was retired): counts as "last", not as done. */
    static final String RETIRED_SESSION = "bench-retired-session";
    static final Actor ADMIN = new Actor("bench.admin", EnumSet.of(Role.PROGRAM_ADMIN), Actor.PURPOSE_OPERATIONS);

    static String site(int s) {
        return SITE_PREFIX + s;
    }

    /** The site of team number n (1-based): 100 consecutive teams a site. */
    static int siteOfTeam(int n) {
        return (n - 1) / (TEAMS / SITES) + 1;
    }

    static String teamName(int n) {
        return String.format("DRT Bench Team %03d", n);
    }

    static String caseManager(int n) {
        return "cm.drt." + n;
    }

    static String supervisor(int s) {
        return "sup.drt." + s;
    }

    /** What a finished seed left behind. */
    static final class Marker {
        LocalDate seededOn;
        long enrollments;
        long sessions;
        long millis;
    }

    private final DataSource dataSource;
    private final String databaseId;
    private final Consumer<String> log;

    Seeder(DataSource dataSource, String databaseId, Consumer<String> log) {
        this.dataSource = dataSource;
        this.databaseId = databaseId;
        this.log = log;
    }

    // ---- marker ----------------------------------------------------------------------------------

    /** The finished seed's marker, or empty (creating the marker table when it is missing). */
    Optional<Marker> marker() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "BENCH_DRT_SEED")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_drt_seed (name VARCHAR(32) NOT NULL PRIMARY KEY, seeded_on DATE NOT NULL, "
                            + "enrollments BIGINT NOT NULL, sessions BIGINT NOT NULL, millis BIGINT NOT NULL)");
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seeded_on, enrollments, sessions, millis FROM bench_drt_seed WHERE name = ?")) {
                ps.setString(1, MARKER);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Marker m = new Marker();
                    m.seededOn = rs.getDate(1).toLocalDate();
                    m.enrollments = rs.getLong(2);
                    m.sessions = rs.getLong(3);
                    m.millis = rs.getLong(4);
                    return Optional.of(m);
                }
            }
        }
    }

    static boolean tableExists(Connection c, String upperName) throws SQLException {
        for (String name : new String[] {upperName, upperName.toLowerCase()}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- the seed ----------------------------------------------------------------------------------

    /** One enrollment as generated. */
    private static final class Enr {
        String id;
        String participantId;
        int team;
        LocalDate start;
        String status;
        /** The day of its last delivered session, or null when none is to be delivered. */
        LocalDate last;
        /** How many of the catalog's sessions (in order) its sessions are drawn from. */
        int reach;
        int sessions;
    }

    private static final class Teams {
        final List<Team> teams = new ArrayList<>();
        final Map<String, String> caseManagerUsername = new HashMap<>();
    }

    Marker seed(DrtBench bench, List<CatalogSession> catalog, LocalDate today, ZoneId zone) throws SQLException {
        long t0 = System.nanoTime();
        Random rnd = new Random(RANDOM_SEED);

        // 1. teams and staff through the services, so the registry (and its caseload access) knows them
        Teams teams = teams(bench);
        long t1 = System.nanoTime();
        log.accept(String.format("  registry: %d teams, %d staff through the registry services in %.1f s",
                teams.teams.size(), 2 * teams.teams.size() + SITES, (t1 - t0) / 1e9));

        // 2. enrollments
        deleteDrtRows();
        List<Enr> enrollments = new ArrayList<>(TEAMS * PER_TEAM + CLOSED);
        for (int t = 0; t < TEAMS; t++) {
            for (int k = 0; k < PER_TEAM; k++) {
                Enr e = new Enr();
                e.id = uuid(rnd);
                e.participantId = uuid(rnd);
                e.team = t;
                e.start = today.minusDays(1 + rnd.nextInt(365));
                e.status = rnd.nextInt(5) == 0 ? "ENROLLED" : "ACTIVE";
                int kind = rnd.nextInt(100);
                if (kind < 6) {
                    e.last = null; // never had one delivered
                } else if (kind < 30) {
                    LocalDate last = today.minusDays(29 + rnd.nextInt(152)); // stopped coming: 29 to 180 days ago
                    e.last = last.isBefore(e.start) ? null : last;
                } else {
                    LocalDate last = today.minusDays(rnd.nextInt(25)); // seen in the last 25 days
                    e.last = last.isBefore(e.start) ? e.start : last;
                }
                enrollments.add(e);
            }
        }
        String[] closed = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
            "DISCHARGED", "DISCHARGED", "WITHDRAWN", "REFERRED"};
        for (int i = 0; i < CLOSED; i++) {
            Enr e = new Enr();
            e.id = uuid(rnd);
            e.participantId = uuid(rnd);
            e.team = i % TEAMS;
            e.start = today.minusDays(180 + rnd.nextInt(186));
            e.status = closed[rnd.nextInt(closed.length)];
            LocalDate end = e.start.plusDays(60 + rnd.nextInt(120));
            e.last = e.status.equals("REFERRED") ? null : end.isBefore(today) ? end : today.minusDays(1);
            enrollments.add(e);
        }

        // how many sessions each: the "never" ones 0 to 2 undelivered, the rest in proportion to the days they
        // came (cumulative rounding, so the total is exactly SESSIONS)
        long never = 0;
        long weights = 0;
        for (Enr e : enrollments) {
            if (e.last == null) {
                e.sessions = e.status.equals("REFERRED") ? 0 : rnd.nextInt(3);
                never += e.sessions;
            } else {
                weights += e.last.toEpochDay() - e.start.toEpochDay() + 1;
            }
        }
        long remaining = SESSIONS - never;
        long cum = 0;
        long given = 0;
        for (Enr e : enrollments) {
            if (e.last != null) {
                long days = e.last.toEpochDay() - e.start.toEpochDay() + 1;
                cum += days;
                long upTo = Math.round((double) remaining * cum / weights);
                e.sessions = (int) (upTo - given);
                given = upTo;
                e.reach = Math.max(1, Math.min(catalog.size(), (int) (days * 16 / 365) + rnd.nextInt(4) - 1));
            }
        }

        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement pe = c.prepareStatement("INSERT INTO drt_enrollment (enrollment_id, participant_id, "
                    + "team_id, site, start_date, program_months, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Enr e : enrollments) {
                    pe.setString(1, e.id);
                    pe.setString(2, e.participantId);
                    pe.setString(3, teams.teams.get(e.team).id);
                    pe.setString(4, teams.teams.get(e.team).site);
                    pe.setDate(5, Date.valueOf(e.start));
                    pe.setInt(6, 12);
                    pe.setString(7, e.status);
                    pe.setTimestamp(8, Timestamp.from(now));
                    pe.addBatch();
                    if (++n % BATCH == 0) {
                        pe.executeBatch();
                    }
                }
                pe.executeBatch();
            }
            c.commit();
        }
        long t2 = System.nanoTime();
        log.accept(String.format("  drt_enrollment: %d rows in %.1f s", enrollments.size(), (t2 - t1) / 1e9));

        // 3. sessions, written in the order they happened (as the platform would have stored them)
        long[] keys = new long[SESSIONS];
        LocalDate epoch = today.minusDays(800);
        int i = 0;
        for (int en = 0; en < enrollments.size(); en++) {
            Enr e = enrollments.get(en);
            LocalDate to = e.last != null ? e.last : today.minusDays(1);
            int from = (int) (e.start.toEpochDay() - epoch.toEpochDay());
            int span = (int) (to.toEpochDay() - e.start.toEpochDay());
            for (int k = 0; k < e.sessions; k++) {
                // the last day delivered always has its session: the stop is where we put it
                int day = from + (k == 0 && e.last != null ? span : rnd.nextInt(span + 1));
                keys[i++] = ((long) day << 40) | ((long) en << 20) | k;
            }
        }
        if (i != SESSIONS) {
            throw new IllegalStateException("generated " + i + " sessions, not " + SESSIONS);
        }
        Arrays.sort(keys);
        Map<String, Integer> versions = new HashMap<>();
        catalog.forEach(s -> versions.put(s.id, s.version == null ? 1 : s.version));
        String[] settings = {"COMMUNITY", "COMMUNITY", "COMMUNITY", "COMMUNITY", "JAIL", "PHONE", "VIDEO"};
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO drt_session (id, version, participant_id, "
                    + "enrollment_id, catalog_session_id, catalog_version, session_date, case_manager_id, attendance, "
                    + "minutes, setting, homework_set, homework, pss_reviewed_workbook, created_at, created_by, updated_at, "
                    + "updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < SESSIONS; n++) {
                    long key = keys[n];
                    Enr e = enrollments.get((int) ((key >>> 20) & 0xFFFFF));
                    int k = (int) (key & 0xFFFFF);
                    LocalDate day = epoch.plusDays(key >>> 40);
                    Team team = teams.teams.get(e.team);
                    String attendance;
                    if (e.last == null) {
                        attendance = rnd.nextInt(2) == 0 ? "NO_SHOW" : "CANCELLED";
                    } else if (k == 0) {
                        attendance = "ATTENDED";
                    } else {
                        int a = rnd.nextInt(100);
                        attendance = a < 72 ? "ATTENDED" : a < 82 ? "PARTLY" : a < 93 ? "NO_SHOW" : "CANCELLED";
                    }
                    boolean delivered = attendance.equals("ATTENDED") || attendance.equals("PARTLY");
                    String session;
                    int pick = rnd.nextInt(1000);
                    if (pick < 5) {
                        session = RETIRED_SESSION;
                    } else if (pick < 35 || e.reach == 0) {
                        session = catalog.get(rnd.nextInt(catalog.size())).id; // out of order
                    } else {
                        session = catalog.get(rnd.nextInt(e.reach)).id;
                    }
                    boolean homework = delivered && rnd.nextInt(2) == 0;
                    Instant created = day.atTime(9 + rnd.nextInt(8), rnd.nextInt(60)).atZone(zone).toInstant();
                    String by = teams.caseManagerUsername.get(team.id);
                    ps.setString(1, uuid(rnd));
                    ps.setString(2, e.participantId);
                    ps.setString(3, e.id);
                    ps.setString(4, session);
                    ps.setInt(5, versions.getOrDefault(session, 1));
                    ps.setDate(6, Date.valueOf(day));
                    ps.setString(7, team.caseManagerId);
                    ps.setString(8, attendance);
                    if (attendance.equals("ATTENDED")) {
                        ps.setInt(9, 45 + rnd.nextInt(46));
                    } else if (attendance.equals("PARTLY")) {
                        ps.setInt(9, 15 + rnd.nextInt(30));
                    } else {
                        ps.setNull(9, Types.INTEGER);
                    }
                    ps.setString(10, settings[rnd.nextInt(settings.length)]);
                    ps.setBoolean(11, homework);
                    ps.setString(12, homework ? "Synthetic workbook exercise for the benchmark." : null);
                    ps.setBoolean(13, homework && rnd.nextInt(3) != 0);
                    ps.setTimestamp(14, Timestamp.from(created));
                    ps.setString(15, by);
                    ps.setTimestamp(16, Timestamp.from(created));
                    ps.setString(17, by);
                    ps.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        ps.executeBatch();
                    }
                    if ((n + 1) % COMMIT_EVERY == 0) {
                        c.commit();
                    }
                    if ((n + 1) % 100_000 == 0) {
                        log.accept(String.format("  drt_session: %d rows, %.0f rows/s", n + 1,
                                (n + 1) / ((System.nanoTime() - t2) / 1e9)));
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        long t3 = System.nanoTime();
        log.accept(String.format("  drt_session: %d rows in %.1f s (%.0f rows/s)", SESSIONS, (t3 - t2) / 1e9,
                SESSIONS / ((t3 - t2) / 1e9)));

        analyze();
        long t4 = System.nanoTime();
        log.accept(String.format("  statistics (%s): %.1f s", "derby".equals(databaseId)
                ? "SYSCS_UPDATE_STATISTICS" : "VACUUM ANALYZE", (t4 - t3) / 1e9));

        Marker m = new Marker();
        m.seededOn = today;
        m.enrollments = enrollments.size();
        m.sessions = SESSIONS;
        m.millis = (t4 - t0) / 1_000_000;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO bench_drt_seed (name, seeded_on, enrollments, "
                        + "sessions, millis) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, MARKER);
            ps.setDate(2, Date.valueOf(today));
            ps.setLong(3, m.enrollments);
            ps.setLong(4, m.sessions);
            ps.setLong(5, m.millis);
            ps.executeUpdate();
        }
        return m;
    }

    /** The sites' teams with staff cm.drt.N / pss.drt.N and a supervisor sup.drt.S a site: existing ones reused. */
    private Teams teams(DrtBench bench) {
        for (int s = 1; s <= SITES; s++) {
            staff(bench, supervisor(s), StaffRole.CLINICAL_SUPERVISOR, site(s));
        }
        Teams out = new Teams();
        for (int s = 1; s <= SITES; s++) {
            Map<String, Team> existing = new HashMap<>();
            for (Team t : list(bench, site(s))) {
                existing.put(t.name, t);
            }
            for (int n = 1; n <= TEAMS; n++) {
                if (siteOfTeam(n) != s) {
                    continue;
                }
                Team t = existing.get(teamName(n));
                if (t == null) {
                    Team input = new Team();
                    input.name = teamName(n);
                    input.site = site(s);
                    input.caseManagerId = staff(bench, caseManager(n), StaffRole.CASE_MANAGER, site(s)).id;
                    input.peerSpecialistId = staff(bench, "pss.drt." + n, StaffRole.PEER_SPECIALIST, site(s)).id;
                    t = bench.teams.create(ADMIN, input);
                }
                out.teams.add(t);
                out.caseManagerUsername.put(t.id, caseManager(n));
            }
        }
        return out;
    }

    /** Every team of a site. */
    static List<Team> list(DrtBench bench, String site) {
        List<Team> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Team> items = bench.teams.list(ADMIN, new TeamSearch(site), PageRequest.of(page, PageRequest.MAX_SIZE)).items;
            all.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static Staff staff(DrtBench bench, String username, StaffRole role, String site) {
        return bench.staff.findByUsername(ADMIN, username).orElseGet(() -> {
            Staff s = new Staff();
            s.username = username;
            s.givenName = "Bench";
            s.familyName = username;
            s.role = role;
            s.site = site;
            return bench.staff.create(ADMIN, s);
        });
    }

    /** Left over from an unfinished seed: DRT's rows of the bench sites go, so the seed starts clean. */
    private void deleteDrtRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String mine = "(SELECT enrollment_id FROM drt_enrollment WHERE site LIKE '" + SITE_PREFIX + "%')";
            int sessions = s.executeUpdate("DELETE FROM drt_session WHERE enrollment_id IN " + mine);
            int enrollments = s.executeUpdate("DELETE FROM drt_enrollment WHERE site LIKE '" + SITE_PREFIX + "%'");
            if (sessions + enrollments > 0) {
                log.accept("  removed an unfinished seed: " + enrollments + " enrollments, " + sessions + " sessions");
            }
        }
    }

    /** Fresh optimizer statistics after the bulk load, as a DBA would gather them. */
    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if ("derby".equals(databaseId)) {
                String schema;
                try (ResultSet rs = s.executeQuery("VALUES CURRENT SCHEMA")) {
                    rs.next();
                    schema = rs.getString(1);
                }
                for (String table : new String[] {"DRT_ENROLLMENT", "DRT_SESSION"}) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema + "', '" + table + "', NULL)");
                }
            } else {
                s.execute("VACUUM ANALYZE drt_enrollment");
                s.execute("VACUUM ANALYZE drt_session");
            }
        }
    }

    /** A version-4 UUID from the seeded generator, so every run writes the same ids. */
    static String uuid(Random rnd) {
        long hi = (rnd.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
