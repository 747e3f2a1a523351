package org.missioncj.bench.cti;

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
import java.time.ZonedDateTime;
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
import org.missioncj.cti.api.dto.ContactKind;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.cti.api.dto.PeerSupport;
import org.missioncj.cti.impl.CtiBench;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;

/**
 * Writes the synthetic site once: 400 teams (with their Case Manager and Peer Support Specialist)
 * through the registry services, then 10 000 active CTI enrollments, their due contacts (from the
 * MISSION plan) and 1 000 000 contacts by JDBC batches straight into CTI's tables. Everything comes
 * from one seeded {@link Random}, so two databases seeded on the same day hold the same rows (ids
 * included). A row in {@code bench_seed} marks a finished seed and keeps its day, which the
 * measurement then uses as "today"; without it, the CTI rows of the site are deleted and written
 * again (teams and staff that exist are reused).
 */
final class Seeder {
    static final String SITE = "Bench Site";
    static final String MARKER = "cti-overdue-v1";
    static final int TEAMS = 400;
    static final int PER_TEAM = 25;
    static final int CONTACTS_PER_ENROLLMENT = 100;
    static final int PROGRAM_MONTHS = 12;
    static final long RANDOM_SEED = 20260315L;
    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 10_000;
    static final Actor ADMIN = new Actor("bench.admin", EnumSet.of(Role.PROGRAM_ADMIN), Actor.PURPOSE_OPERATIONS);

    /** What a finished seed left behind. */
    static final class Marker {
        LocalDate seededOn;
        long teams;
        long enrollments;
        long dues;
        long contacts;
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
            if (!tableExists(c, "BENCH_SEED")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_seed (name VARCHAR(32) NOT NULL PRIMARY KEY, seeded_on DATE NOT NULL, "
                            + "teams BIGINT NOT NULL, enrollments BIGINT NOT NULL, dues BIGINT NOT NULL, "
                            + "contacts BIGINT NOT NULL, millis BIGINT NOT NULL)");
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seeded_on, teams, enrollments, dues, contacts, millis FROM bench_seed WHERE name = ?")) {
                ps.setString(1, MARKER);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Marker m = new Marker();
                    m.seededOn = rs.getDate(1).toLocalDate();
                    m.teams = rs.getLong(2);
                    m.enrollments = rs.getLong(3);
                    m.dues = rs.getLong(4);
                    m.contacts = rs.getLong(5);
                    m.millis = rs.getLong(6);
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
        LocalDate lastContactDay;
    }

    Marker seed(CtiBench bench, LocalDate today, ZoneId zone) throws SQLException {
        long t0 = System.nanoTime();
        Random rnd = new Random(RANDOM_SEED);

        // 1. teams and staff through the services, so the registry (and its caseload access) knows them
        List<Team> teams = teams(bench);
        long t1 = System.nanoTime();
        log.accept(String.format("  teams: %d teams, %d staff through the registry services in %.1f s",
                teams.size(), 2 * teams.size(), (t1 - t0) / 1e9));

        // 2. enrollments and due contacts
        deleteCtiRows();
        List<Enr> enrollments = new ArrayList<>(TEAMS * PER_TEAM);
        for (int t = 0; t < teams.size(); t++) {
            for (int k = 0; k < PER_TEAM; k++) {
                Enr e = new Enr();
                e.id = uuid(rnd);
                e.participantId = uuid(rnd);
                e.team = t;
                e.start = today.minusDays(1 + rnd.nextInt(365));
                // about a quarter stop seeing their team 2 to 8 weeks ago
                boolean stopped = rnd.nextInt(4) == 0;
                LocalDate last = stopped ? today.minusDays(14 + rnd.nextInt(43)) : today.minusDays(1);
                e.lastContactDay = last.isBefore(e.start) ? e.start : last;
                enrollments.add(e);
            }
        }
        long dues = 0;
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement pe = c.prepareStatement("INSERT INTO cti_enrollment (enrollment_id, participant_id, "
                    + "team_id, site, start_date, release_date, program_months, status, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Enr e : enrollments) {
                    pe.setString(1, e.id);
                    pe.setString(2, e.participantId);
                    pe.setString(3, teams.get(e.team).id);
                    pe.setString(4, SITE);
                    pe.setDate(5, Date.valueOf(e.start));
                    pe.setNull(6, Types.DATE);
                    pe.setInt(7, PROGRAM_MONTHS);
                    pe.setString(8, "ACTIVE");
                    pe.setTimestamp(9, Timestamp.from(now));
                    pe.addBatch();
                    if (++n % BATCH == 0) {
                        pe.executeBatch();
                    }
                }
                pe.executeBatch();
            }
            c.commit();
            try (PreparedStatement pd = c.prepareStatement(
                    "INSERT INTO cti_due (enrollment_id, due_date, window_end, phase) VALUES (?, ?, ?, ?)")) {
                for (Enr e : enrollments) {
                    for (DueContact d : bench.dueContacts(e.start, PROGRAM_MONTHS)) {
                        pd.setString(1, e.id);
                        pd.setDate(2, Date.valueOf(d.dueDate));
                        pd.setDate(3, Date.valueOf(d.windowEnd));
                        pd.setInt(4, d.phase);
                        pd.addBatch();
                        dues++;
                        if (dues % BATCH == 0) {
                            pd.executeBatch();
                        }
                        if (dues % COMMIT_EVERY == 0) {
                            c.commit();
                        }
                    }
                }
                pd.executeBatch();
            }
            c.commit();
        }
        long t2 = System.nanoTime();
        log.accept(String.format("  enrollments + due: %d + %d rows in %.1f s (%.0f rows/s)", enrollments.size(), dues,
                (t2 - t1) / 1e9, (enrollments.size() + dues) / ((t2 - t1) / 1e9)));

        // 3. contacts: 100 per enrollment on days between its start and its last contact day, written
        // in the order they happened (as the platform would have stored them), not enrollment by enrollment
        int total = enrollments.size() * CONTACTS_PER_ENROLLMENT;
        long[] keys = new long[total];
        LocalDate epoch = today.minusDays(400);
        int i = 0;
        for (int en = 0; en < enrollments.size(); en++) {
            Enr e = enrollments.get(en);
            int from = (int) (e.start.toEpochDay() - epoch.toEpochDay());
            int span = (int) (e.lastContactDay.toEpochDay() - e.start.toEpochDay());
            for (int k = 0; k < CONTACTS_PER_ENROLLMENT; k++) {
                // the last contact day always has a contact: the stop is where we put it
                int day = from + (k == 0 ? span : rnd.nextInt(span + 1));
                int minute = 8 * 60 + rnd.nextInt(10 * 60);
                keys[i++] = ((long) day << 32) | ((long) minute << 16) | en;
            }
        }
        Arrays.sort(keys);
        ContactKind[] kinds = {ContactKind.IN_PERSON, ContactKind.IN_PERSON, ContactKind.PHONE, ContactKind.PHONE,
            ContactKind.HOME_VISIT, ContactKind.VIDEO, ContactKind.ACCOMPANIMENT, ContactKind.TRANSPORTATION};
        PeerSupport[] supports = PeerSupport.values();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement pc = c.prepareStatement("INSERT INTO cti_contact (id, participant_id, enrollment_id, "
                    + "staff_id, occurred_at, local_date, utc_offset_seconds, kind, accompaniment_to, place, minutes, "
                    + "peer_support, notes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < total; n++) {
                    long key = keys[n];
                    Enr e = enrollments.get((int) (key & 0xFFFF));
                    int minute = (int) ((key >>> 16) & 0xFFFF);
                    LocalDate day = epoch.plusDays(key >>> 32);
                    ZonedDateTime at = day.atStartOfDay(zone).plusMinutes(minute);
                    Team team = teams.get(e.team);
                    boolean peer = rnd.nextInt(3) == 0;
                    ContactKind kind = kinds[rnd.nextInt(kinds.length)];
                    pc.setString(1, uuid(rnd));
                    pc.setString(2, e.participantId);
                    pc.setString(3, e.id);
                    pc.setString(4, peer ? team.peerSpecialistId : team.caseManagerId);
                    pc.setTimestamp(5, Timestamp.from(at.toInstant()));
                    pc.setDate(6, Date.valueOf(day));
                    pc.setInt(7, at.getOffset().getTotalSeconds());
                    pc.setString(8, kind.name());
                    pc.setString(9, kind == ContactKind.ACCOMPANIMENT ? "APPOINTMENT" : null);
                    pc.setString(10, kind == ContactKind.HOME_VISIT ? "Home" : null);
                    pc.setInt(11, 15 + rnd.nextInt(76));
                    pc.setString(12, peer ? supports[rnd.nextInt(supports.length)].name() : null);
                    pc.setString(13, rnd.nextInt(5) == 0 ? "Synthetic benchmark contact note, no real person." : null);
                    pc.setTimestamp(14, Timestamp.from(at.plusMinutes(30 + rnd.nextInt(600)).toInstant()));
                    pc.setString(15, (peer ? "pss.bench." : "cm.bench.") + (e.team + 1));
                    pc.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        pc.executeBatch();
                    }
                    if ((n + 1) % COMMIT_EVERY == 0) {
                        c.commit();
                    }
                    if ((n + 1) % 200_000 == 0) {
                        log.accept(String.format("  contacts: %d rows, %.0f rows/s", n + 1,
                                (n + 1) / ((System.nanoTime() - t2) / 1e9)));
                    }
                }
                pc.executeBatch();
            }
            c.commit();
        }
        long t3 = System.nanoTime();
        log.accept(String.format("  contacts: %d rows in %.1f s (%.0f rows/s)", total, (t3 - t2) / 1e9,
                total / ((t3 - t2) / 1e9)));

        analyze();
        long t4 = System.nanoTime();
        log.accept(String.format("  statistics (%s): %.1f s", "derby".equals(databaseId)
                ? "SYSCS_UPDATE_STATISTICS" : "VACUUM ANALYZE", (t4 - t3) / 1e9));

        Marker m = new Marker();
        m.seededOn = today;
        m.teams = teams.size();
        m.enrollments = enrollments.size();
        m.dues = dues;
        m.contacts = total;
        m.millis = (t4 - t0) / 1_000_000;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO bench_seed (name, seeded_on, teams, enrollments, "
                        + "dues, contacts, millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, MARKER);
            ps.setDate(2, Date.valueOf(today));
            ps.setLong(3, m.teams);
            ps.setLong(4, m.enrollments);
            ps.setLong(5, m.dues);
            ps.setLong(6, m.contacts);
            ps.setLong(7, m.millis);
            ps.executeUpdate();
        }
        return m;
    }

    /** The site's teams "Bench Team 001".. with staff cm.bench.N / pss.bench.N: existing ones reused, missing ones created. */
    private List<Team> teams(CtiBench bench) {
        Map<String, Team> existing = new HashMap<>();
        for (int page = 0;; page++) {
            List<Team> items = bench.teams.list(ADMIN, new org.missioncj.registry.api.dto.TeamSearch(SITE), PageRequest.of(page, PageRequest.MAX_SIZE)).items;
            for (Team t : items) {
                existing.put(t.name, t);
            }
            if (items.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        List<Team> out = new ArrayList<>();
        for (int n = 1; n <= TEAMS; n++) {
            String name = String.format("Bench Team %03d", n);
            Team t = existing.get(name);
            if (t == null) {
                Team input = new Team();
                input.name = name;
                input.site = SITE;
                input.caseManagerId = staff(bench, "cm.bench." + n, StaffRole.CASE_MANAGER).id;
                input.peerSpecialistId = staff(bench, "pss.bench." + n, StaffRole.PEER_SPECIALIST).id;
                t = bench.teams.create(ADMIN, input);
            }
            out.add(t);
        }
        return out;
    }

    private static Staff staff(CtiBench bench, String username, StaffRole role) {
        return bench.staff.findByUsername(ADMIN, username).orElseGet(() -> {
            Staff s = new Staff();
            s.username = username;
            s.givenName = "Bench";
            s.familyName = username;
            s.role = role;
            s.site = SITE;
            return bench.staff.create(ADMIN, s);
        });
    }

    /** Left over from an unfinished seed: the site's CTI rows go, so the seed starts clean. */
    private void deleteCtiRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String mine = "(SELECT enrollment_id FROM cti_enrollment WHERE site = '" + SITE + "')";
            int contacts = s.executeUpdate("DELETE FROM cti_contact WHERE enrollment_id IN " + mine);
            int dues = s.executeUpdate("DELETE FROM cti_due WHERE enrollment_id IN " + mine);
            int enrollments = s.executeUpdate("DELETE FROM cti_enrollment WHERE site = '" + SITE + "'");
            if (contacts + dues + enrollments > 0) {
                log.accept("  removed an unfinished seed: " + enrollments + " enrollments, " + dues + " due, "
                        + contacts + " contacts");
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
                for (String table : new String[] {"CTI_ENROLLMENT", "CTI_DUE", "CTI_CONTACT"}) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema + "', '" + table + "', NULL)");
                }
            } else {
                s.execute("VACUUM ANALYZE cti_enrollment");
                s.execute("VACUUM ANALYZE cti_due");
                s.execute("VACUUM ANALYZE cti_contact");
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
