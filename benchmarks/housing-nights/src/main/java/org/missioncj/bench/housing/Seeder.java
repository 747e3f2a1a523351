package org.missioncj.bench.housing;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.impl.HousingBench;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.api.dto.TeamSearch;

/**
 * Writes the synthetic program once. Through the registry services: the bench site's 500 teams (caseload limit 200,
 * each with its Case Manager and Peer Support Specialist) and its Clinical Supervisor, and 25 teams on each of two
 * noise sites. Then by JDBC batches straight into the tables, as the registry's services and the housing module's
 * enrollment copy and timeline writer would have left them: 100 000 participants placed at the bench site and
 * 10 000 at the noise sites (reg_participant with their name tokens, reg_enrollment with its status history, the
 * copy hs_enrollment, hs_timeline), and their housing timelines in hs_status: 20 consecutive periods a participant
 * at the bench site (2 000 000), 10 at the noise sites, the last one open, written in the order they began.
 * Everything comes from one seeded {@link Random}, so two databases seeded on the same day hold the same rows.
 *
 * <p>Enrollments: at the bench site 72 % ACTIVE, 14 % ENROLLED, 10 % closed (completed, discharged, withdrawn:
 * placed there by the caseload rule's "latest enrollment"), 4 % ACTIVE after a closed enrollment at a noise site
 * (which no longer places them). At the noise sites 85 % open, 10 % open after a closed enrollment at the bench site
 * and 5 % closed at the noise site after one closed at the bench site: hs_enrollment rows of the bench site that
 * place nobody. A row in {@code bench_housing_seed} marks a finished seed and keeps its day ("today" of the run).
 */
final class Seeder {
    static final String SITE = "Bench Housing Site";
    static final String[] NOISE_SITES = {"Bench Housing Noise 1", "Bench Housing Noise 2"};
    static final int PARTICIPANTS = 100_000;
    static final int NOISE_PARTICIPANTS = 5_000;
    static final int PERIODS = 20;
    static final int NOISE_PERIODS = 10;
    static final int TEAMS = 500;
    static final int NOISE_TEAMS = 25;
    static final int CASELOAD_LIMIT = 200;
    static final String MARKER = "housing-nights-v1";
    static final long RANDOM_SEED = 20261203L;
    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 10_000;
    static final String SEED_USER = "bench.housing.seed";
    static final Actor ADMIN = new Actor("bench.admin", EnumSet.of(Role.PROGRAM_ADMIN), Actor.PURPOSE_OPERATIONS);
    static final String SUPERVISOR = "sup.housing.1";

    private static final String[] GIVEN = {"Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Gray", "Harper",
        "Indigo", "Jordan", "Kendall", "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sawyer", "Taylor"};
    private static final String[] FAMILY = {"Abbott", "Barker", "Carver", "Dalton", "Ellison", "Fowler", "Garner",
        "Hollis", "Ingram", "Jessup", "Keller", "Lowell", "Mercer", "Nolan", "Orton", "Porter", "Quill", "Ramsey",
        "Sutton", "Thorne", "Upton", "Vance", "Walker", "Yates"};
    /** Weights of the statuses, in {@link HousingStatus} order. */
    private static final int[] WEIGHTS = {10, 12, 8, 8, 7, 20, 3, 12, 15, 5};

    static String teamName(int n) {
        return String.format("Housing Bench Team %03d", n);
    }

    static String caseManager(int team) {
        return "cm.housing." + team;
    }

    /** What a finished seed left behind. */
    static final class Marker {
        LocalDate seededOn;
        long participants;
        long statuses;
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

    Optional<Marker> marker() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "BENCH_HOUSING_SEED")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_housing_seed (name VARCHAR(32) NOT NULL PRIMARY KEY, seeded_on DATE "
                            + "NOT NULL, participants BIGINT NOT NULL, statuses BIGINT NOT NULL, millis BIGINT NOT NULL)");
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seeded_on, participants, statuses, millis FROM bench_housing_seed WHERE name = ?")) {
                ps.setString(1, MARKER);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Marker m = new Marker();
                    m.seededOn = rs.getDate(1).toLocalDate();
                    m.participants = rs.getLong(2);
                    m.statuses = rs.getLong(3);
                    m.millis = rs.getLong(4);
                    return Optional.of(m);
                }
            }
        }
    }

    static boolean tableExists(Connection c, String upperName) throws SQLException {
        for (String name : new String[] {upperName, upperName.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- the generated program ------------------------------------------------------------------------

    private static final class Enr {
        String id;
        int team;
        LocalDate start;
        String status;
        LocalDate statusDate;
        String reason;
        /** The status history: to-statuses and their days. */
        final List<String> to = new ArrayList<>(3);
        final List<LocalDate> on = new ArrayList<>(3);
    }

    private static final class Person {
        String id;
        String given;
        String family;
        LocalDate born;
        final List<Enr> enrollments = new ArrayList<>(2);
        /** The periods' start days (epoch days), the last one open. */
        int[] starts;
        byte[] statuses;
    }

    Marker seed(HousingBench bench, LocalDate today, ZoneId zone) throws SQLException {
        long t0 = System.nanoTime();
        Random rnd = new Random(RANDOM_SEED);

        // 1. staff and teams through the services
        List<Team> teams = teams(bench);
        long t1 = System.nanoTime();
        log.accept(String.format("  registry: %d teams, %d staff through the registry services in %.1f s", teams.size(),
                2 * teams.size() + 1, (t1 - t0) / 1e9));
        deleteUnfinished();

        // 2. participants, enrollments, timelines, in memory
        int total = PARTICIPANTS + NOISE_SITES.length * NOISE_PARTICIPANTS;
        List<Person> people = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            Person p = new Person();
            p.id = uuid(rnd);
            p.given = GIVEN[rnd.nextInt(GIVEN.length)];
            p.family = FAMILY[rnd.nextInt(FAMILY.length)];
            p.born = today.minusYears(19 + rnd.nextInt(50)).minusDays(rnd.nextInt(365));
            int kind = rnd.nextInt(100);
            if (i < PARTICIPANTS) {
                int team = i % TEAMS;
                if (kind < 72) {
                    p.enrollments.add(open(rnd, team, today, "ACTIVE"));
                } else if (kind < 86) {
                    p.enrollments.add(open(rnd, team, today, "ENROLLED"));
                } else if (kind < 96) {
                    p.enrollments.add(closed(rnd, team, today.minusDays(400 + rnd.nextInt(400)), today.minusDays(1)));
                } else {
                    Enr now = open(rnd, team, today, "ACTIVE");
                    p.enrollments.add(closed(rnd, TEAMS + rnd.nextInt(NOISE_SITES.length * NOISE_TEAMS),
                            now.start.minusDays(200 + rnd.nextInt(400)), now.start.minusDays(1)));
                    p.enrollments.add(now);
                }
            } else {
                int j = i - PARTICIPANTS;
                int team = TEAMS + (j / NOISE_PARTICIPANTS) * NOISE_TEAMS + j % NOISE_TEAMS;
                if (kind < 85) {
                    p.enrollments.add(open(rnd, team, today, rnd.nextInt(5) == 0 ? "ENROLLED" : "ACTIVE"));
                } else if (kind < 95) {
                    Enr now = open(rnd, team, today, "ACTIVE");
                    p.enrollments.add(closed(rnd, rnd.nextInt(TEAMS), now.start.minusDays(200 + rnd.nextInt(400)),
                            now.start.minusDays(1)));
                    p.enrollments.add(now);
                } else {
                    Enr now = closed(rnd, team, today.minusDays(400 + rnd.nextInt(400)), today.minusDays(1));
                    p.enrollments.add(closed(rnd, rnd.nextInt(TEAMS), now.start.minusDays(200 + rnd.nextInt(400)),
                            now.start.minusDays(1)));
                    p.enrollments.add(now);
                }
            }
            timeline(rnd, p, i < PARTICIPANTS ? PERIODS : NOISE_PERIODS, today);
            people.add(p);
        }

        Instant seededAt = Instant.now();
        long statuses = 0;
        for (Person p : people) {
            statuses += p.starts.length;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            writeRegistry(c, people, teams, zone, seededAt);
            long t2 = System.nanoTime();
            log.accept(String.format("  registry rows (participants, name tokens, enrollments, history) and the copy "
                    + "hs_enrollment, hs_timeline: %d participants in %.1f s", people.size(), (t2 - t1) / 1e9));
            writeStatuses(c, rnd, people, statuses, today, zone);
            long t3 = System.nanoTime();
            log.accept(String.format("  hs_status: %d rows in %.1f s (%.0f rows/s)", statuses, (t3 - t2) / 1e9,
                    statuses / ((t3 - t2) / 1e9)));
        }
        long t4 = System.nanoTime();
        analyze();
        long t5 = System.nanoTime();
        log.accept(String.format("  statistics (%s): %.1f s", "derby".equals(databaseId) ? "SYSCS_UPDATE_STATISTICS"
                : "VACUUM ANALYZE", (t5 - t4) / 1e9));

        Marker m = new Marker();
        m.seededOn = today;
        m.participants = people.size();
        m.statuses = statuses;
        m.millis = (t5 - t0) / 1_000_000;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO bench_housing_seed (name, seeded_on, participants, "
                        + "statuses, millis) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, MARKER);
            ps.setDate(2, Date.valueOf(today));
            ps.setLong(3, m.participants);
            ps.setLong(4, m.statuses);
            ps.setLong(5, m.millis);
            ps.executeUpdate();
        }
        return m;
    }

    /** An open enrollment that started 1 to 720 days ago; ACTIVE only a month after its start. */
    private static Enr open(Random rnd, int team, LocalDate today, String status) {
        Enr e = new Enr();
        e.id = uuid(rnd);
        e.team = team;
        e.start = today.minusDays(1 + rnd.nextInt(720));
        e.to.add("ENROLLED");
        e.on.add(e.start);
        if (status.equals("ACTIVE") && e.start.isBefore(today.minusDays(30))) {
            e.to.add("ACTIVE");
            e.on.add(e.start.plusDays(7 + rnd.nextInt(23)));
        }
        e.status = e.to.get(e.to.size() - 1);
        e.statusDate = e.on.get(e.on.size() - 1);
        return e;
    }

    /** An enrollment that started on {@code start} and was closed by {@code latest} (completed, discharged, withdrawn). */
    private static Enr closed(Random rnd, int team, LocalDate start, LocalDate latest) {
        Enr e = new Enr();
        e.id = uuid(rnd);
        e.team = team;
        e.start = start;
        e.to.add("ENROLLED");
        e.on.add(start);
        long room = latest.toEpochDay() - start.toEpochDay();
        int kind = rnd.nextInt(10);
        if (kind < 2) {
            e.to.add("WITHDRAWN");
            e.on.add(start.plusDays(1 + rnd.nextInt((int) Math.max(1, Math.min(30, room - 1)))));
            e.reason = "Synthetic: moved out of the county.";
        } else {
            LocalDate active = start.plusDays(7 + rnd.nextInt(23));
            e.to.add("ACTIVE");
            e.on.add(active);
            long left = latest.toEpochDay() - active.toEpochDay();
            LocalDate end = active.plusDays(1 + rnd.nextInt((int) Math.max(1, Math.min(360, left - 1))));
            if (kind < 5) {
                e.to.add("DISCHARGED");
                e.reason = "Synthetic: stopped attending.";
            } else {
                e.to.add("COMPLETED");
            }
            e.on.add(end);
        }
        e.status = e.to.get(e.to.size() - 1);
        e.statusDate = e.on.get(e.on.size() - 1);
        return e;
    }

    /**
     * {@code n} consecutive periods from 400 to 2 200 days ago to tonight, meeting on the day of each move, the last one
     * open; each status differs from the one before it.
     */
    private static void timeline(Random rnd, Person p, int n, LocalDate today) {
        int first = (int) today.toEpochDay() - 400 - rnd.nextInt(1800);
        int span = (int) today.toEpochDay() - first;
        int[] starts = new int[n];
        starts[0] = first;
        java.util.BitSet used = new java.util.BitSet(span + 1);
        for (int k = 1; k < n; k++) {
            int off;
            do {
                off = 1 + rnd.nextInt(span); // 1..span: a move on tonight's day at the latest
            } while (used.get(off));
            used.set(off);
            starts[k] = first + off;
        }
        Arrays.sort(starts);
        byte[] statuses = new byte[n];
        int sum = Arrays.stream(WEIGHTS).sum();
        int prev = -1;
        for (int k = 0; k < n; k++) {
            int s;
            do {
                int r = rnd.nextInt(sum);
                s = 0;
                while (r >= WEIGHTS[s]) {
                    r -= WEIGHTS[s];
                    s++;
                }
            } while (s == prev);
            statuses[k] = (byte) s;
            prev = s;
        }
        p.starts = starts;
        p.statuses = statuses;
    }

    private void writeRegistry(Connection c, List<Person> people, List<Team> teams, ZoneId zone, Instant now)
            throws SQLException {
        try (PreparedStatement pp = c.prepareStatement("INSERT INTO reg_participant (id, version, given_name, "
                + "middle_name, family_name, preferred_name, given_name_lc, middle_name_lc, family_name_lc, "
                + "preferred_name_lc, date_of_birth, sex, gender_identity, pronouns, preferred_language, phone, email, "
                + "address_line1, address_line2, city, state, postal_code, enrollment_lock, created_at, created_by, "
                + "updated_at, updated_by) VALUES (?, 1, ?, NULL, ?, NULL, ?, NULL, ?, NULL, ?, NULL, NULL, NULL, 'en', "
                + "NULL, NULL, NULL, NULL, 'Springfield', 'IL', NULL, ?, ?, ?, ?, ?)");
                PreparedStatement pt = c.prepareStatement("INSERT INTO reg_name_token (token, participant_id) "
                        + "VALUES (?, ?)");
                PreparedStatement pe = c.prepareStatement("INSERT INTO reg_enrollment (id, version, participant_id, "
                        + "team_id, program_months, start_setting, referral_source, referral_note, start_date, "
                        + "expected_end_date, status, status_reason, status_date, created_at, created_by, updated_at, "
                        + "updated_by) VALUES (?, ?, ?, ?, 12, 'COMMUNITY', 'COURT', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ph = c.prepareStatement("INSERT INTO reg_enrollment_history (enrollment_id, "
                        + "from_status, to_status, reason, effective_date, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, "
                        + "?, ?)");
                PreparedStatement pc = c.prepareStatement("INSERT INTO hs_enrollment (enrollment_id, participant_id, "
                        + "team_id, site, start_date, program_months, status, updated_at) VALUES (?, ?, ?, ?, ?, 12, ?, ?)");
                PreparedStatement pl = c.prepareStatement("INSERT INTO hs_timeline (participant_id, changes) "
                        + "VALUES (?, ?)")) {
            int n = 0;
            for (Person p : people) {
                Instant created = at(p.enrollments.get(0).start, zone).minusSeconds(86_400L * 14);
                Timestamp createdTs = Timestamp.from(created);
                pp.setString(1, p.id);
                pp.setString(2, p.given);
                pp.setString(3, p.family);
                pp.setString(4, p.given.toLowerCase(Locale.ROOT));
                pp.setString(5, p.family.toLowerCase(Locale.ROOT));
                pp.setDate(6, Date.valueOf(p.born));
                pp.setLong(7, p.enrollments.size());
                pp.setTimestamp(8, createdTs);
                pp.setString(9, SEED_USER);
                pp.setTimestamp(10, createdTs);
                pp.setString(11, SEED_USER);
                pp.addBatch();
                // the words of the names, case-folded (NameTokens.of: given and family here, plain ASCII)
                pt.setString(1, p.given.toLowerCase(Locale.ROOT));
                pt.setString(2, p.id);
                pt.addBatch();
                pt.setString(1, p.family.toLowerCase(Locale.ROOT));
                pt.setString(2, p.id);
                pt.addBatch();
                for (Enr e : p.enrollments) {
                    Team team = teams.get(e.team);
                    Timestamp enrolled = Timestamp.from(at(e.start, zone));
                    Timestamp changed = Timestamp.from(at(e.statusDate, zone));
                    String by = caseManager(e.team + 1);
                    pe.setString(1, e.id);
                    pe.setLong(2, e.to.size());
                    pe.setString(3, p.id);
                    pe.setString(4, team.id);
                    pe.setDate(5, Date.valueOf(e.start));
                    pe.setDate(6, Date.valueOf(e.start.plusMonths(12)));
                    pe.setString(7, e.status);
                    pe.setString(8, e.reason);
                    pe.setDate(9, Date.valueOf(e.statusDate));
                    pe.setTimestamp(10, enrolled);
                    pe.setString(11, by);
                    pe.setTimestamp(12, changed);
                    pe.setString(13, by);
                    pe.addBatch();
                    for (int k = 0; k < e.to.size(); k++) {
                        ph.setString(1, e.id);
                        ph.setString(2, k == 0 ? null : e.to.get(k - 1));
                        ph.setString(3, e.to.get(k));
                        ph.setString(4, k == e.to.size() - 1 ? e.reason : null);
                        ph.setDate(5, Date.valueOf(e.on.get(k)));
                        ph.setTimestamp(6, Timestamp.from(at(e.on.get(k), zone)));
                        ph.setString(7, by);
                        ph.addBatch();
                    }
                    // the copy as EnrollmentCopy keeps it: the registry's row, the team's site
                    pc.setString(1, e.id);
                    pc.setString(2, p.id);
                    pc.setString(3, team.id);
                    pc.setString(4, team.site);
                    pc.setDate(5, Date.valueOf(e.start));
                    pc.setString(6, e.status);
                    pc.setTimestamp(7, changed);
                    pc.addBatch();
                }
                pl.setString(1, p.id);
                pl.setLong(2, p.starts.length);
                pl.addBatch();
                if (++n % BATCH == 0) {
                    for (PreparedStatement ps : new PreparedStatement[] {pp, pt, pe, ph, pc, pl}) {
                        ps.executeBatch();
                    }
                }
                if (n % COMMIT_EVERY == 0) {
                    c.commit();
                }
            }
            for (PreparedStatement ps : new PreparedStatement[] {pp, pt, pe, ph, pc, pl}) {
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** The periods in the order they began (as the timeline writer would have stored them, move by move). */
    private void writeStatuses(Connection c, Random rnd, List<Person> people, long count, LocalDate today,
            ZoneId zone) throws SQLException {
        int base = (int) today.toEpochDay() - 4000;
        long[] keys = new long[(int) count];
        int i = 0;
        for (int pi = 0; pi < people.size(); pi++) {
            int[] starts = people.get(pi).starts;
            for (int k = 0; k < starts.length; k++) {
                keys[i++] = ((long) (starts[k] - base) << 32) | ((long) pi << 5) | k;
            }
        }
        Arrays.sort(keys);
        HousingStatus[] all = HousingStatus.values();
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hs_status (id, version, participant_id, status, kind, "
                + "start_day, end_day, start_date, end_date, unit_id, source, recorded_at, recorded_by) VALUES (?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, NULL, 'STAFF', ?, ?)")) {
            for (int n = 0; n < keys.length; n++) {
                Person p = people.get((int) ((keys[n] >>> 5) & 0x7FFFFFF));
                int k = (int) (keys[n] & 31);
                HousingStatus s = all[p.statuses[k]];
                int start = p.starts[k];
                boolean open = k == p.starts.length - 1;
                Enr placing = p.enrollments.get(p.enrollments.size() - 1);
                ps.setString(1, uuid(rnd));
                ps.setLong(2, open ? 1 : 2); // a move ended it: updateStatus bumped its version
                ps.setString(3, p.id);
                ps.setString(4, s.name());
                ps.setString(5, s.kind.name());
                ps.setInt(6, start);
                if (open) {
                    ps.setNull(7, Types.INTEGER);
                } else {
                    ps.setInt(7, p.starts[k + 1]);
                }
                ps.setDate(8, Date.valueOf(LocalDate.ofEpochDay(start)));
                if (open) {
                    ps.setNull(9, Types.DATE);
                } else {
                    ps.setDate(9, Date.valueOf(LocalDate.ofEpochDay(p.starts[k + 1])));
                }
                ps.setTimestamp(10, Timestamp.from(at(LocalDate.ofEpochDay(open ? start : p.starts[k + 1]), zone)));
                ps.setString(11, caseManager(placing.team + 1));
                ps.addBatch();
                if ((n + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
                if ((n + 1) % COMMIT_EVERY == 0) {
                    c.commit();
                }
                if ((n + 1) % 250_000 == 0) {
                    log.accept(String.format("  hs_status: %d rows, %.0f rows/s", n + 1,
                            (n + 1) / ((System.nanoTime() - t0) / 1e9)));
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(10, 0).atZone(zone).toInstant();
    }

    /** The bench site's 500 teams and the noise sites' 25 each, with their staff: existing ones reused. */
    private List<Team> teams(HousingBench bench) {
        staff(bench, SUPERVISOR, StaffRole.CLINICAL_SUPERVISOR, SITE);
        List<Team> out = new ArrayList<>();
        int n = 0;
        List<String> sites = new ArrayList<>(List.of(SITE));
        sites.addAll(List.of(NOISE_SITES));
        for (String site : sites) {
            Map<String, Team> existing = new HashMap<>();
            for (Team t : list(bench, site)) {
                existing.put(t.name, t);
            }
            int count = site.equals(SITE) ? TEAMS : NOISE_TEAMS;
            for (int k = 0; k < count; k++) {
                n++;
                Team t = existing.get(teamName(n));
                if (t == null) {
                    Team input = new Team();
                    input.name = teamName(n);
                    input.site = site;
                    input.caseloadLimit = CASELOAD_LIMIT;
                    input.caseManagerId = staff(bench, caseManager(n), StaffRole.CASE_MANAGER, site).id;
                    input.peerSpecialistId = staff(bench, "pss.housing." + n, StaffRole.PEER_SPECIALIST, site).id;
                    t = bench.teams.create(ADMIN, input);
                }
                out.add(t);
            }
        }
        return out;
    }

    static List<Team> list(HousingBench bench, String site) {
        List<Team> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Team> items = bench.teams.list(ADMIN, new TeamSearch(site), PageRequest.of(page, PageRequest.MAX_SIZE)).items;
            all.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static Staff staff(HousingBench bench, String username, StaffRole role, String site) {
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

    /** Left over from an unfinished seed: the seed's participants and everything of theirs go. */
    private void deleteUnfinished() throws SQLException {
        String mine = "(SELECT id FROM reg_participant WHERE created_by = '" + SEED_USER + "')";
        String[] deletes = {
            "DELETE FROM hs_status WHERE participant_id IN " + mine,
            "DELETE FROM hs_timeline WHERE participant_id IN " + mine,
            "DELETE FROM hs_enrollment WHERE participant_id IN " + mine,
            "DELETE FROM reg_enrollment_history WHERE enrollment_id IN (SELECT id FROM reg_enrollment WHERE "
                    + "participant_id IN " + mine + ")",
            "DELETE FROM reg_enrollment WHERE participant_id IN " + mine,
            "DELETE FROM reg_name_token WHERE participant_id IN " + mine,
            "DELETE FROM reg_participant WHERE created_by = '" + SEED_USER + "'"};
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            int removed = 0;
            for (String d : deletes) {
                removed += s.executeUpdate(d);
            }
            if (removed > 0) {
                log.accept("  removed an unfinished seed: " + removed + " rows");
            }
        }
    }

    private void analyze() throws SQLException {
        String[] tables = {"REG_PARTICIPANT", "REG_NAME_TOKEN", "REG_ENROLLMENT", "REG_ENROLLMENT_HISTORY",
            "HS_ENROLLMENT", "HS_TIMELINE", "HS_STATUS"};
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if ("derby".equals(databaseId)) {
                String schema;
                try (ResultSet rs = s.executeQuery("VALUES CURRENT SCHEMA")) {
                    rs.next();
                    schema = rs.getString(1);
                }
                for (String table : tables) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema + "', '" + table + "', NULL)");
                }
            } else {
                for (String table : tables) {
                    s.execute("VACUUM ANALYZE " + table.toLowerCase(Locale.ROOT));
                }
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
