import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seeder of the cost-growth benchmark (benchmarks/cost-growth/run.sh): grows a MISSION-CJ database, by direct
 * SQL in large JDBC batches, up to a number of participants and of audit records. Synthetic data only; every row is
 * shaped as the platform itself stores it (see the migrations in src/main/resources/db/ of each module's -impl
 * bundle, both the portable scripts and the postgresql/ variants, and the services that write the rows). JDK and a
 * JDBC driver only:
 *
 * <pre>
 * java -cp derby.jar Seed.java --url jdbc:derby:/path/to/data/derby/mission --participants 10000 --audit 1000000 \
 *     --site bench-site --cm-user bench.cm --facts out.properties [--cti-cfg etc/org.missioncj.cti.cfg] [--zone Z]
 *     [--step I]   (the growth step, from 0: which participant's audit trail the benchmark reads next)
 * java -cp postgresql.jar Seed.java --url jdbc:postgresql://127.0.0.1:5432/db --user mission_it ...
 *     (the password from the environment variable SEED_DB_PASSWORD, never from the command line)
 * </pre>
 *
 * Each run adds what is missing up to the targets (a second run with larger targets grows the same database), and
 * keeps its counters in a table of its own, {@code bench_growth}. Participant number k is generated from k alone
 * (its own random stream, a fixed seed), so the rows do not depend on how the growth was split into steps.
 *
 * <p>Layout by participant number k: 0..24 are on the team of the {@code --cm-user}'s staff record (the benchmark
 * team; 0 is the benchmark participant, 5 of them are overdue for a contact), 25..124 are the intake pool (no
 * enrollment), from 125 on 25 a team ("Growth Team 0001", ...), each with a Case Manager and a Peer Support
 * Specialist of its own. Every 100th participant (k % 100 == 50) has a family name starting with {@value #PREFIX}.
 */
public final class Seed {
    static final long SEED = 20261201L;
    static final String UNIQUE_FAMILY = "Unikqvist";
    static final String PREFIX = "Zorvak";
    static final String AUDIT_FAMILY = "Yardlow";
    static final LocalDate BENCH_DOB = LocalDate.of(1988, 4, 12);
    static final int TEAM_SIZE = 25;
    static final int INTAKE_FROM = 25;
    static final int INTAKE = 100;
    static final int FIRST_TEAM_PARTICIPANT = INTAKE_FROM + INTAKE;
    /**
     * The participants whose audit trail the benchmark reads, one per growth step (reading a participant's audit trail
     * adds a record to it): on team 1, never listed or read by the load runs.
     */
    static final int AUDIT_PARTICIPANT = 130;
    static final int AUDIT_PARTICIPANTS = 10;
    static final int AUDIT_ACTOR = 7;
    static final int BATCH = 5000;
    static final int CHUNK = 2000;
    static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    // made-up names: stems and endings (family), given names; none starts like UNIQUE_FAMILY, PREFIX or AUDIT_FAMILY
    static final String[] STEMS = {"Abern", "Brask", "Carrow", "Dunmar", "Elst", "Fairn", "Gorse", "Halver", "Ilm",
        "Jessop", "Kerrow", "Lindqu", "Marrow", "Norcot", "Orrel", "Penhal", "Quarl", "Rudd", "Selb", "Thorn",
        "Umbr", "Vell", "Westr", "Ashb", "Breck", "Colv", "Dray", "Eddis", "Fenw", "Garr", "Hask", "Ivers"};
    static final String[] ENDINGS = {"", "ton", "by", "wick", "sen", "ley", "ham", "ford", "ridge", "more", "stead",
        "worth", "dale", "croft", "field", "gate", "hurst", "mond", "ard", "ell", "ane", "ock", "ish", "ery", "alm"};
    static final String[] GIVEN = {"Arlen", "Brisa", "Calder", "Daviel", "Elowen", "Farrin", "Galen", "Hollis",
        "Isolde", "Jorah", "Kestrel", "Liora", "Marek", "Nerys", "Orrin", "Perrin", "Quilla", "Rowan", "Soren",
        "Tamsin", "Ulric", "Vesna", "Wrenna", "Xavi", "Ansel", "Briony", "Corin", "Delphine", "Emrys", "Fenna",
        "Gideon", "Halle", "Idris", "Junia", "Kian", "Lark", "Mireille", "Niall", "Oona", "Pell"};
    static final String[] SEX = {"FEMALE", "MALE", "MALE", "FEMALE", "MALE", "FEMALE", "MALE", "MALE", "X", "UNKNOWN"};
    static final String[] LANG = {"en", "en", "en", "en-US", "es", "es", "es-MX", "en", "en", "pt"};
    static final String[] PRONOUNS = {"she/her", "he/him", "they/them"};
    static final String[] CITY = {"Sampletown", "Testville", "Exampleburg", "Mockford"};
    static final String[] SETTING = {"JAIL", "JAIL", "JAIL", "JAIL", "PRISON", "PRISON", "COMMUNITY", "COMMUNITY",
        "TREATMENT", "HOSPITAL"};
    static final String[] REFERRAL = {"COURT", "COURT", "COURT", "JAIL", "JAIL", "PROBATION", "PAROLE",
        "REENTRY_CENTER", "TREATMENT_PROVIDER", "SELF"};
    static final String[] KIND = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "HOME_VISIT", "VIDEO",
        "ACCOMPANIMENT", "TRANSPORTATION", "COURT"};
    static final String[] ACCOMPANY = {"APPOINTMENT", "INTERVIEW", "MEETING"};
    static final String[] PEER = {"DID_FOR", "DID_WITH", "COACHED"};
    static final String[] SEARCH_DETAIL = {"filters: name", "filters: name", "filters: name dateOfBirth",
        "filters: identifierSystem=jail-booking identifierValue", "filters:"};

    // ---- settings --------------------------------------------------------------------------------------------------

    final String url;
    final String user;
    final String password;
    final long targetParticipants;
    final long targetAudit;
    final String site;
    final String cmUser;
    final Path facts;
    final int step;
    final ZoneId zone;
    final int[] phaseMonths;
    final Period[] intervals;
    final int planMonths;
    final LocalDate today;
    final Instant now;

    boolean derby;
    boolean nameTokens;
    Connection c;

    Seed(Map<String, String> a) throws IOException {
        url = req(a, "url");
        user = a.get("user");
        password = System.getenv("SEED_DB_PASSWORD");
        targetParticipants = Long.parseLong(req(a, "participants"));
        targetAudit = Long.parseLong(req(a, "audit"));
        site = a.getOrDefault("site", "bench-site");
        cmUser = a.getOrDefault("cm-user", "bench.cm");
        facts = Path.of(req(a, "facts"));
        step = Integer.parseInt(a.getOrDefault("step", "0"));
        zone = a.containsKey("zone") && !a.get("zone").isBlank() ? ZoneId.of(a.get("zone")) : ZoneId.systemDefault();
        String months = "4, 5, 3";
        String every = "P7D, P14D, P1M";
        if (a.containsKey("cti-cfg") && Files.isReadable(Path.of(a.get("cti-cfg")))) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(Path.of(a.get("cti-cfg")), StandardCharsets.ISO_8859_1)) {
                p.load(in);
            }
            months = p.getProperty("phaseMonths", months);
            every = p.getProperty("contactIntervals", every);
        }
        String[] m = months.trim().split("\\s*,\\s*");
        String[] e = every.trim().split("\\s*,\\s*");
        if (m.length != e.length) {
            throw new IllegalArgumentException("CTI plan: " + m.length + " phase lengths but " + e.length + " intervals");
        }
        phaseMonths = new int[m.length];
        intervals = new Period[m.length];
        int sum = 0;
        for (int i = 0; i < m.length; i++) {
            phaseMonths[i] = Integer.parseInt(m[i]);
            intervals[i] = Period.parse(e[i]);
            sum += phaseMonths[i];
        }
        planMonths = sum;
        today = LocalDate.now(zone);
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static String req(Map<String, String> a, String k) {
        String v = a.get(k);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing --" + k);
        }
        return v;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: java -cp <jdbc jar> Seed.java --url URL --participants N --audit M --facts FILE"
                        + " [--user U] [--site S] [--cm-user U] [--cti-cfg FILE] [--zone ZONE] [--step I]");
                System.exit(2);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        new Seed(a).run();
    }

    static void log(String fmt, Object... args) {
        System.out.printf(Locale.ROOT, "[Seed %s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(Locale.ROOT, fmt, args));
        System.out.flush();
    }

    // ---- the run ---------------------------------------------------------------------------------------------------

    void run() throws Exception {
        long t0 = System.nanoTime();
        String jdbc = url;
        if (jdbc.startsWith("jdbc:postgresql:") && !jdbc.contains("reWriteBatchedInserts")) {
            jdbc += (jdbc.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"; // multi-row INSERTs for the batches
        }
        c = user == null ? DriverManager.getConnection(jdbc) : DriverManager.getConnection(jdbc, user, password);
        derby = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
        c.setAutoCommit(false);
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String t : new String[] {"REG_PARTICIPANT", "CORE_AUDIT", "CTI_ENROLLMENT", "CONSENT_DISCLOSURE"}) {
                if (!tableExists(t)) {
                    throw new IllegalStateException("table " + t.toLowerCase(Locale.ROOT) + " is missing: start the "
                            + "platform once on this database so that its migrations run");
                }
            }
            nameTokens = tableExists("REG_NAME_TOKEN");
            ensureMarker();
            long participantsBefore = counter("participants");
            long auditBefore = counter("audit");
            log("database %s; %d participants and %d audit records seeded before; targets %d and %d; today %s (%s);"
                    + " reg_name_token %s", c.getMetaData().getDatabaseProductName(), participantsBefore, auditBefore,
                    targetParticipants, targetAudit, today, zone, nameTokens ? "present: seeded" : "absent: skipped");

            Staff cm = benchCaseManager();
            long t1 = System.nanoTime();
            Counts counts = new Counts();
            if (targetParticipants > participantsBefore) {
                seedParticipants(cm, participantsBefore, targetParticipants, counts);
            }
            long t2 = System.nanoTime();
            if (targetAudit > auditBefore) {
                seedAudit(auditBefore, targetAudit);
            }
            long t3 = System.nanoTime();
            statistics();
            long t4 = System.nanoTime();

            long n = Math.max(targetParticipants, participantsBefore);
            out.put("participants", Long.toString(n));
            out.put("participants_added", Long.toString(Math.max(0, targetParticipants - participantsBefore)));
            out.put("teams", Long.toString(teamsFor(n)));
            out.put("rows_added", Long.toString(counts.rows));
            out.put("contacts_added", Long.toString(counts.contacts));
            out.put("due_added", Long.toString(counts.due));
            out.put("tokens_added", Long.toString(counts.tokens));
            out.put("name_tokens", nameTokens ? "seeded" : "absent");
            out.put("seconds_participants", String.format(Locale.ROOT, "%.1f", (t2 - t1) / 1e9));
            out.put("audit_seeded", Long.toString(Math.max(targetAudit, auditBefore)));
            out.put("audit_added", Long.toString(Math.max(0, targetAudit - auditBefore)));
            out.put("seconds_audit", String.format(Locale.ROOT, "%.1f", (t3 - t2) / 1e9));
            out.put("seconds_statistics", String.format(Locale.ROOT, "%.1f", (t4 - t3) / 1e9));
            out.put("bench_team", teamId(0, cm));
            out.put("bench_participant", participantId(0));
            out.put("unique_family", UNIQUE_FAMILY);
            out.put("prefix", PREFIX);
            out.put("dob", BENCH_DOB.toString());
            out.put("identifier_system", "jail-booking");
            out.put("identifier_value", bookingNumber(0));
            out.put("audit_participant", participantId(AUDIT_PARTICIPANT + Math.min(step, AUDIT_PARTICIPANTS - 1)));
            out.put("audit_actor", actor(AUDIT_ACTOR).name);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM core_audit")) {
                rs.next();
                out.put("audit_max_id", Long.toString(rs.getLong(1)));
            }
            c.commit();
        } finally {
            c.close();
            if (derby) {
                shutdownDerby();
            }
        }
        out.put("seconds_total", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(facts, StandardCharsets.UTF_8))) {
            out.forEach((k, v) -> w.println(k + "=" + v));
        }
        log("done in %s s; facts in %s", out.get("seconds_total"), facts);
    }

    void shutdownDerby() {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        try {
            DriverManager.getConnection(base + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006: the database was shut down, as asked
                log("warning: Derby shutdown: %s (%s)", e.getMessage(), e.getSQLState());
                return;
            }
        }
        log("Derby database shut down cleanly");
    }

    boolean tableExists(String upper) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {upper, upper.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- counters (the seeder's own table) ---------------------------------------------------------------------------

    void ensureMarker() throws SQLException {
        if (!tableExists("BENCH_GROWTH")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_growth (name VARCHAR(64) NOT NULL PRIMARY KEY, value BIGINT NOT NULL)");
            }
            c.commit();
        }
    }

    long counter(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM bench_growth WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** In the caller's transaction: the counter commits with the rows it counts. */
    void setCounter(String name, long value) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE bench_growth SET value = ? WHERE name = ?")) {
            u.setLong(1, value);
            u.setString(2, name);
            if (u.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO bench_growth (name, value) VALUES (?, ?)")) {
            i.setString(1, name);
            i.setLong(2, value);
            i.executeUpdate();
        }
    }

    // ---- ids ---------------------------------------------------------------------------------------------------------

    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    static SplittableRandom rnd(long kind, long k) {
        return new SplittableRandom(SEED * 31 + kind * 1_000_003L + k * GOLDEN);
    }

    /** A version-4 UUID from the seed: the same on every run and every database. */
    static String uuid(long kind, long k) {
        SplittableRandom r = rnd(kind + 1000, k);
        long hi = (r.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    static final int K_PARTICIPANT = 1, K_ENROLLMENT = 2, K_TEAM = 3, K_CM = 4, K_PSS = 5, K_CONTACT = 6,
            K_DISCLOSURE = 7, K_AUDIT = 8, K_NAME = 9, K_ENR = 10;

    static String participantId(long k) {
        return uuid(K_PARTICIPANT, k);
    }

    static String bookingNumber(long k) {
        return String.format(Locale.ROOT, "JB%08d", (k * 7919L + 1_234_567L) % 100_000_000L);
    }

    static long teamsFor(long participants) {
        return participants <= FIRST_TEAM_PARTICIPANT ? 1 : 1 + (participants - FIRST_TEAM_PARTICIPANT + TEAM_SIZE - 1) / TEAM_SIZE;
    }

    /** The team of participant k: 0 for the benchmark team, -1 for the intake pool. */
    static long teamOf(long k) {
        if (k < INTAKE_FROM) {
            return 0;
        }
        if (k < FIRST_TEAM_PARTICIPANT) {
            return -1;
        }
        return 1 + (k - FIRST_TEAM_PARTICIPANT) / TEAM_SIZE;
    }

    String teamId(long t, Staff benchCm) {
        return uuid(K_TEAM, t);
    }

    // ---- staff and teams ------------------------------------------------------------------------------------------

    static final class Staff {
        String id;
        String username;
        String site;
    }

    /** The staff record linked to the benchmark case manager's sign-in (created over REST by run.sh). */
    Staff benchCaseManager() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site, role FROM reg_staff WHERE username = ?")) {
            ps.setString(1, cmUser);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no staff record with username " + cmUser + ": create it first (run.sh "
                            + "does, over REST)");
                }
                Staff s = new Staff();
                s.id = rs.getString(1);
                s.site = rs.getString(2);
                s.username = cmUser;
                if (!site.equals(s.site)) {
                    throw new IllegalStateException("staff " + cmUser + " is at site " + s.site + ", not " + site);
                }
                return s;
            }
        }
    }

    String cmUsername(long t) {
        return t == 0 ? cmUser : "cm.growth." + t;
    }

    String cmId(long t, Staff benchCm) {
        return t == 0 ? benchCm.id : uuid(K_CM, t);
    }

    static String pssUsername(long t) {
        return "pss.growth." + t;
    }

    static String pssId(long t) {
        return uuid(K_PSS, t);
    }

    /** When team t was set up: before its first enrollment (400 days ago, a little later for each team). */
    Instant teamCreated(long t) {
        return today.minusDays(400).atTime(9, 0).atZone(zone).toInstant().plusSeconds(60 * (t % 5000));
    }

    // ---- participants ---------------------------------------------------------------------------------------------

    /** A batch of statements in foreign-key order, executed together and committed every BATCH rows. */
    final class Batches {
        final List<PreparedStatement> statements = new ArrayList<>();
        final long[] pending;
        int total;
        long rows;

        Batches(String... sql) throws SQLException {
            for (String s : sql) {
                statements.add(s == null ? null : c.prepareStatement(s));
            }
            pending = new long[sql.length];
        }

        PreparedStatement get(int i) {
            return statements.get(i);
        }

        void add(int i) throws SQLException {
            statements.get(i).addBatch();
            pending[i]++;
            rows++;
            if (++total >= BATCH) {
                flush();
                c.commit();
            }
        }

        void flush() throws SQLException {
            for (int i = 0; i < statements.size(); i++) {
                if (pending[i] > 0) {
                    statements.get(i).executeBatch();
                    pending[i] = 0;
                }
            }
            total = 0;
        }

        void close() throws SQLException {
            for (PreparedStatement ps : statements) {
                if (ps != null) {
                    ps.close();
                }
            }
        }
    }

    static final class Counts {
        long rows;
        long contacts;
        long due;
        long tokens;
    }

    static final int S_STAFF = 0, S_TEAM = 1, S_PARTICIPANT = 2, S_IDENTIFIER = 3, S_TOKEN = 4, S_ENROLLMENT = 5,
            S_HISTORY = 6, S_CTI_ENROLLMENT = 7, S_DUE = 8, S_CONTACT = 9, S_DISCLOSURE = 10;

    void seedParticipants(Staff cm, long from, long to, Counts counts) throws SQLException {
        long t0 = System.nanoTime();
        long teamsBefore = from == 0 ? 0 : teamsFor(from);
        long teamsAfter = teamsFor(to);
        Batches b = new Batches(
                "INSERT INTO reg_staff (id, version, username, given_name, family_name, role, site, email, phone, active, "
                        + "created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "INSERT INTO reg_team (id, version, name, site, case_manager_id, peer_specialist_id, caseload_limit, active, "
                        + "enrollment_lock, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                "INSERT INTO reg_participant (id, version, given_name, middle_name, family_name, preferred_name, "
                        + "given_name_lc, middle_name_lc, family_name_lc, preferred_name_lc, date_of_birth, sex, "
                        + "gender_identity, pronouns, preferred_language, phone, email, address_line1, address_line2, city, "
                        + "state, postal_code, enrollment_lock, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "INSERT INTO reg_identifier (system, id_value, participant_id) VALUES (?, ?, ?)",
                nameTokens ? "INSERT INTO reg_name_token (token, participant_id) VALUES (?, ?)" : null,
                "INSERT INTO reg_enrollment (id, version, participant_id, team_id, program_months, start_setting, "
                        + "referral_source, referral_note, start_date, expected_end_date, status, status_reason, status_date, "
                        + "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, "
                        + "?, ?, ?, ?)",
                "INSERT INTO reg_enrollment_history (enrollment_id, from_status, to_status, reason, effective_date, "
                        + "changed_at, changed_by) VALUES (?, ?, ?, NULL, ?, ?, ?)",
                "INSERT INTO cti_enrollment (enrollment_id, participant_id, team_id, site, start_date, release_date, "
                        + "program_months, status, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                "INSERT INTO cti_due (enrollment_id, due_date, window_end, phase) VALUES (?, ?, ?, ?)",
                "INSERT INTO cti_contact (id, participant_id, enrollment_id, staff_id, occurred_at, local_date, "
                        + "utc_offset_seconds, kind, accompaniment_to, place, minutes, peer_support, notes, created_at, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "INSERT INTO consent_disclosure (id, participant_id, disclosed_at, disclosed_by, recipient_class, "
                        + "recipient_name, purpose, categories, basis, consent_id, court_order_id, description, notice, "
                        + "recipient_affiliation, emergency_at, emergency_nature, disclosed_by_roles, basis_named_recipient) "
                        + "VALUES (?, ?, ?, ?, 'TREATMENT_PROVIDER', ?, 'TREATMENT', ?, 'MEDICAL_EMERGENCY', NULL, NULL, ?, ?, "
                        + "?, ?, ?, ?, 1)");
        try {
            // staff and teams first (a team before the participants enrolled on it)
            for (long t = teamsBefore; t < teamsAfter; t++) {
                addTeam(b, t, cm);
            }
            b.flush();
            c.commit();
            log("teams: %d new (%d in all), %d new staff", teamsAfter - teamsBefore, teamsAfter,
                    2 * (teamsAfter - teamsBefore) - (teamsBefore == 0 ? 1 : 0));

            long done = from;
            long lastLog = System.nanoTime();
            while (done < to) {
                long end = Math.min(to, done + CHUNK);
                List<long[]> contactKeys = new ArrayList<>();
                List<Enr> chunk = new ArrayList<>();
                for (long k = done; k < end; k++) {
                    Enr e = addParticipant(b, k, cm, counts);
                    if (e != null) {
                        chunk.add(e);
                    }
                }
                // contacts of the chunk in the order they happened, as the platform would have stored them
                for (int i = 0; i < chunk.size(); i++) {
                    for (long day : chunk.get(i).contactDays) {
                        contactKeys.add(new long[] {day, i});
                    }
                }
                contactKeys.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                int[] seen = new int[chunk.size()];
                for (long[] key : contactKeys) {
                    Enr e = chunk.get((int) key[1]);
                    addContact(b, e, key[0], seen[(int) key[1]]++, cm);
                    counts.contacts++;
                }
                b.flush();
                setCounter("participants", end);
                c.commit();
                done = end;
                if (System.nanoTime() - lastLog > 10e9 || done == to) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    log("participants: %d of %d (%d rows in all tables, %.0f rows/s, %.1f s per 1000 participants)",
                            done, to, b.rows, b.rows / s, s * 1000 / (done - from));
                    lastLog = System.nanoTime();
                }
            }
            // every enrollment onto a team took its lock once (TeamMapper.lockForEnrollment)
            try (PreparedStatement u = c.prepareStatement("UPDATE reg_team SET enrollment_lock = ? WHERE id = ?")) {
                for (long t = Math.max(0, teamsBefore - 1); t < teamsAfter; t++) {
                    u.setLong(1, enrolledOn(t, to));
                    u.setString(2, teamId(t, cm));
                    u.addBatch();
                }
                u.executeBatch();
            }
            c.commit();
            counts.rows = b.rows;
        } finally {
            b.close();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        log("participants: %d added in %.1f s (%.1f s per 1000); %d rows (%d due, %d contacts, %d name tokens), %.0f rows/s",
                to - from, s, s * 1000 / (to - from), counts.rows, counts.due, counts.contacts, counts.tokens,
                counts.rows / s);
    }

    static long enrolledOn(long t, long participants) {
        long first = t == 0 ? 0 : FIRST_TEAM_PARTICIPANT + (t - 1) * TEAM_SIZE;
        long last = t == 0 ? Math.min(participants, INTAKE_FROM) : Math.min(participants, first + TEAM_SIZE);
        return Math.max(0, last - first);
    }

    void addTeam(Batches b, long t, Staff cm) throws SQLException {
        Instant at = teamCreated(t);
        if (t != 0) {
            addStaff(b, cmId(t, cm), cmUsername(t), "Growth" + t, "CASE_MANAGER", at);
        }
        addStaff(b, pssId(t), pssUsername(t), "Growth" + t, "PEER_SPECIALIST", at);
        PreparedStatement ps = b.get(S_TEAM);
        ps.setString(1, teamId(t, cm));
        ps.setString(2, String.format(Locale.ROOT, "Growth Team %04d", t));
        ps.setString(3, site);
        ps.setString(4, cmId(t, cm));
        ps.setString(5, pssId(t));
        ps.setInt(6, TEAM_SIZE);
        ps.setBoolean(7, true);
        ps.setTimestamp(8, Timestamp.from(at));
        ps.setTimestamp(9, Timestamp.from(at));
        b.add(S_TEAM);
    }

    void addStaff(Batches b, String id, String username, String family, String role, Instant at) throws SQLException {
        PreparedStatement ps = b.get(S_STAFF);
        ps.setString(1, id);
        ps.setString(2, username);
        ps.setString(3, role.equals("CASE_MANAGER") ? "Casey" : "Peer");
        ps.setString(4, family);
        ps.setString(5, role);
        ps.setString(6, site);
        ps.setString(7, username + "@example.org");
        ps.setString(8, "555 0199");
        ps.setBoolean(9, true);
        ps.setTimestamp(10, Timestamp.from(at));
        ps.setTimestamp(11, Timestamp.from(at));
        b.add(S_STAFF);
    }

    /** One enrollment as generated, for its contacts. */
    static final class Enr {
        long k;
        long team;
        String id;
        String participantId;
        LocalDate start;
        long[] contactDays;
        SplittableRandom r;
    }

    static boolean isAuditParticipant(long k) {
        return k >= AUDIT_PARTICIPANT && k < AUDIT_PARTICIPANT + AUDIT_PARTICIPANTS;
    }

    static String familyName(long k, SplittableRandom r) {
        if (k == 0) {
            return UNIQUE_FAMILY;
        }
        if (isAuditParticipant(k)) {
            return AUDIT_FAMILY;
        }
        String base = STEMS[(int) (k % STEMS.length)] + ENDINGS[(int) ((k / STEMS.length) % ENDINGS.length)];
        if (k % 100 == 50) {
            base = PREFIX + ENDINGS[(int) ((k / 100) % ENDINGS.length)].toLowerCase(Locale.ROOT);
        }
        if (r.nextInt(100) < 8) {
            base = base + "-" + STEMS[r.nextInt(STEMS.length)] + ENDINGS[r.nextInt(ENDINGS.length)];
        }
        return base;
    }

    Enr addParticipant(Batches b, long k, Staff cm, Counts counts) throws SQLException {
        SplittableRandom r = rnd(K_NAME, k);
        String id = participantId(k);
        String given = k == 0 ? "Avery" : isAuditParticipant(k) ? "Tamsin" : GIVEN[r.nextInt(GIVEN.length)];
        String family = familyName(k, r);
        String middle = k != 0 && r.nextInt(100) < 30 ? GIVEN[r.nextInt(GIVEN.length)] : null;
        String preferred = k == 0 ? "Ave" : r.nextInt(100) < 15 ? given.substring(0, Math.min(4, given.length())) : null;
        LocalDate dob = k == 0 ? BENCH_DOB : LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_800));
        long team = teamOf(k);
        String sex = SEX[r.nextInt(SEX.length)];
        String email = r.nextInt(100) < 40 ? (given + "." + family.replace("-", "") + "." + k + "@example.org")
                .toLowerCase(Locale.ROOT) : null;

        // the enrollment: most ACTIVE, one in ten still ENROLLED; started within the program's length
        Enr e = null;
        int months = r.nextInt(10) == 0 ? 6 : 12;
        LocalDate start;
        if (team == 0) {
            months = 12;
            start = today.minusDays(10 + 3 * k); // 10 to 82 days ago: the weekly phase, overdue lists are predictable
        } else if (isAuditParticipant(k)) {
            months = 12;
            start = today.minusDays(200); // never among the latest enrollments that GET /enrollments lists first
        } else {
            int span = (int) ChronoUnit.DAYS.between(today.minusMonths(months), today);
            start = today.minusDays(1 + r.nextInt(Math.max(1, span - 1)));
        }
        ZonedDateTime enrolledAt = start.atTime(9, 0).atZone(zone).plusMinutes(r.nextInt(8 * 60));
        Instant created = team < 0 ? now.minus(Duration.ofMinutes(60 + r.nextInt(60 * 24 * 60)))
                : enrolledAt.toInstant().minus(Duration.ofMinutes(30 + r.nextInt(60 * 24 * 3)));
        String createdBy = team < 0 ? cmUsername(1 + r.nextInt(40)) : cmUsername(team);

        PreparedStatement p = b.get(S_PARTICIPANT);
        p.setString(1, id);
        p.setString(2, given);
        p.setString(3, middle);
        p.setString(4, family);
        p.setString(5, preferred);
        p.setString(6, lc(given));
        p.setString(7, lc(middle));
        p.setString(8, lc(family));
        p.setString(9, lc(preferred));
        p.setDate(10, Date.valueOf(dob));
        p.setString(11, sex);
        p.setString(12, null);
        p.setString(13, r.nextInt(100) < 30 ? PRONOUNS[r.nextInt(PRONOUNS.length)] : null);
        p.setString(14, LANG[r.nextInt(LANG.length)]);
        p.setString(15, r.nextInt(100) < 70 ? String.format(Locale.ROOT, "555 %04d", r.nextInt(10_000)) : null);
        p.setString(16, email);
        p.setString(17, r.nextInt(100) < 60 ? (100 + k % 900) + " Sample Street" : null);
        p.setString(18, null);
        p.setString(19, CITY[r.nextInt(CITY.length)]);
        p.setString(20, "ZZ");
        p.setString(21, String.format(Locale.ROOT, "%05d", r.nextInt(100)));
        p.setLong(22, team < 0 ? 0 : 1);
        p.setTimestamp(23, Timestamp.from(created));
        p.setString(24, createdBy);
        p.setTimestamp(25, Timestamp.from(created));
        p.setString(26, createdBy);
        b.add(S_PARTICIPANT);

        PreparedStatement i = b.get(S_IDENTIFIER);
        i.setString(1, "jail-booking");
        i.setString(2, bookingNumber(k));
        i.setString(3, id);
        b.add(S_IDENTIFIER);
        if (r.nextInt(4) == 0) {
            i.setString(1, "court-docket");
            i.setString(2, String.format(Locale.ROOT, "CR-%07d", k));
            i.setString(3, id);
            b.add(S_IDENTIFIER);
        }
        if (nameTokens) {
            PreparedStatement tk = b.get(S_TOKEN);
            for (String token : tokens(given, middle, family, preferred)) {
                tk.setString(1, token);
                tk.setString(2, id);
                b.add(S_TOKEN);
                counts.tokens++;
            }
        }
        if (team >= 0) {
            e = new Enr();
            e.k = k;
            e.team = team;
            e.id = uuid(K_ENROLLMENT, k);
            e.participantId = id;
            e.start = start;
            e.r = rnd(K_ENR, k);
            addEnrollment(b, e, months, enrolledAt, cm, counts);
        }
        if (k == 0 || k % 50 == 7) {
            addDisclosures(b, k, id, k == 0 ? 12 : 1, createdBy);
        }
        return e;
    }

    /** As ParticipantServiceImpl.lc: trimmed, lower case (Locale.ROOT). */
    static String lc(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The search words of a participant as reg_name_token keeps them: the distinct lower-cased, accent-stripped words
     * of the four names, split on whitespace, a hyphenated word also giving each of its parts.
     */
    static Set<String> tokens(String... names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null) {
                continue;
            }
            String plain = java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            for (String w : plain.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                out.add(cut(w));
                if (w.contains("-")) {
                    for (String part : w.split("-")) {
                        if (!part.isEmpty()) {
                            out.add(cut(part));
                        }
                    }
                }
            }
        }
        return out;
    }

    static String cut(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    void addEnrollment(Batches b, Enr e, int months, ZonedDateTime enrolledAt, Staff cm, Counts counts)
            throws SQLException {
        SplittableRandom r = e.r;
        boolean active = e.team == 0 || r.nextInt(10) != 0;
        LocalDate activeOn = e.start.plusDays(3 + r.nextInt(20));
        if (activeOn.isAfter(today)) {
            activeOn = today;
        }
        Instant created = enrolledAt.toInstant();
        Instant changed = active ? activeOn.atTime(10, 0).atZone(zone).toInstant().plusSeconds(r.nextInt(6 * 3600))
                : created;
        if (changed.isAfter(now)) {
            changed = now.minusSeconds(60);
        }
        String by = cmUsername(e.team);
        String teamId = teamId(e.team, cm);
        PreparedStatement ps = b.get(S_ENROLLMENT);
        ps.setString(1, e.id);
        ps.setLong(2, active ? 2 : 1);
        ps.setString(3, e.participantId);
        ps.setString(4, teamId);
        ps.setInt(5, months);
        ps.setString(6, SETTING[r.nextInt(SETTING.length)]);
        ps.setString(7, REFERRAL[r.nextInt(REFERRAL.length)]);
        ps.setDate(8, Date.valueOf(e.start));
        ps.setDate(9, Date.valueOf(e.start.plusMonths(months)));
        ps.setString(10, active ? "ACTIVE" : "ENROLLED");
        ps.setDate(11, Date.valueOf(active ? activeOn : e.start));
        ps.setTimestamp(12, Timestamp.from(created));
        ps.setString(13, by);
        ps.setTimestamp(14, Timestamp.from(changed));
        ps.setString(15, by);
        b.add(S_ENROLLMENT);

        PreparedStatement h = b.get(S_HISTORY);
        h.setString(1, e.id);
        h.setNull(2, Types.VARCHAR);
        h.setString(3, "ENROLLED");
        h.setDate(4, Date.valueOf(e.start));
        h.setTimestamp(5, Timestamp.from(created));
        h.setString(6, by);
        b.add(S_HISTORY);
        if (active) {
            h.setString(1, e.id);
            h.setString(2, "ENROLLED");
            h.setString(3, "ACTIVE");
            h.setDate(4, Date.valueOf(activeOn));
            h.setTimestamp(5, Timestamp.from(changed));
            h.setString(6, by);
            b.add(S_HISTORY);
        }

        // CTI's copy (EnrollmentSync), its due contacts from the plan, and the contacts logged so far
        PreparedStatement ce = b.get(S_CTI_ENROLLMENT);
        ce.setString(1, e.id);
        ce.setString(2, e.participantId);
        ce.setString(3, teamId);
        ce.setString(4, site);
        ce.setDate(5, Date.valueOf(e.start));
        ce.setInt(6, months);
        ce.setString(7, active ? "ACTIVE" : "ENROLLED");
        ce.setTimestamp(8, Timestamp.from(changed.plusMillis(40 + r.nextInt(200))));
        b.add(S_CTI_ENROLLMENT);

        // about one in seven stopped seeing their team 2 to 8 weeks ago; on the benchmark team, 5 of 25 (3, 8, ..., 23)
        boolean stopped = e.team == 0 ? e.k % 5 == 3 : r.nextInt(7) == 0;
        LocalDate lastDay = stopped ? today.minusDays(e.team == 0 ? 21 + e.k % 7 : 14 + r.nextInt(43)) : today.minusDays(1);
        int chance = e.team == 0 ? 100 : 90;
        List<Long> days = new ArrayList<>();
        PreparedStatement d = b.get(S_DUE);
        for (Due due : dueContacts(e.start, months)) {
            d.setString(1, e.id);
            d.setDate(2, Date.valueOf(due.date));
            d.setDate(3, Date.valueOf(due.windowEnd));
            d.setInt(4, due.phase);
            b.add(S_DUE);
            counts.due++;
            if (!due.date.isAfter(lastDay) && r.nextInt(100) < chance) {
                LocalDate until = due.windowEnd.minusDays(1).isBefore(lastDay) ? due.windowEnd.minusDays(1) : lastDay;
                long span = ChronoUnit.DAYS.between(due.date, until);
                days.add(due.date.plusDays(span <= 0 ? 0 : r.nextLong(span + 1)).toEpochDay());
            }
        }
        if (stopped && !lastDay.isBefore(e.start) && !days.contains(lastDay.toEpochDay())) {
            days.add(lastDay.toEpochDay());
        }
        e.contactDays = days.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    void addContact(Batches b, Enr e, long epochDay, int n, Staff cm) throws SQLException {
        SplittableRandom r = rnd(K_CONTACT, e.k * 1000 + n);
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        ZonedDateTime at = day.atTime(8, 0).atZone(zone).plusMinutes(r.nextInt(10 * 60));
        boolean peer = r.nextInt(3) == 0;
        String kind = KIND[r.nextInt(KIND.length)];
        PreparedStatement ps = b.get(S_CONTACT);
        ps.setString(1, uuid(K_CONTACT, e.k * 1000 + n));
        ps.setString(2, e.participantId);
        ps.setString(3, e.id);
        ps.setString(4, peer ? pssId(e.team) : cmId(e.team, cm));
        ps.setTimestamp(5, Timestamp.from(at.toInstant()));
        ps.setDate(6, Date.valueOf(day));
        ps.setInt(7, at.getOffset().getTotalSeconds());
        ps.setString(8, kind);
        ps.setString(9, kind.equals("ACCOMPANIMENT") ? ACCOMPANY[r.nextInt(ACCOMPANY.length)] : null);
        ps.setString(10, kind.equals("HOME_VISIT") ? "Home" : kind.equals("COURT") ? "County court" : null);
        if (r.nextInt(10) == 0) {
            ps.setNull(11, Types.INTEGER);
        } else {
            ps.setInt(11, 10 + r.nextInt(81));
        }
        ps.setString(12, peer ? PEER[r.nextInt(PEER.length)] : null);
        ps.setString(13, r.nextInt(5) == 0 ? "Synthetic benchmark contact note; no real person." : null);
        Instant logged = at.toInstant().plusSeconds(600 + r.nextInt(36_000));
        ps.setTimestamp(14, Timestamp.from(logged.isAfter(now) ? now : logged));
        ps.setString(15, peer ? pssUsername(e.team) : cmUsername(e.team));
        b.add(S_CONTACT);
    }

    void addDisclosures(Batches b, long k, String participantId, int count, String by) throws SQLException {
        SplittableRandom r = rnd(K_DISCLOSURE, k);
        PreparedStatement ps = b.get(S_DISCLOSURE);
        for (int n = 0; n < count; n++) {
            Instant at = now.minus(Duration.ofMinutes(60 + r.nextInt(60 * 24 * 700))).truncatedTo(ChronoUnit.MILLIS);
            ps.setString(1, uuid(K_DISCLOSURE, k * 100 + n));
            ps.setString(2, participantId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setString(4, by);
            ps.setString(5, "Dr. Sample, emergency department");
            ps.setString(6, r.nextBoolean() ? "ENROLLMENT" : "ENROLLMENT,CASE_MANAGEMENT");
            ps.setString(7, "Synthetic: program enrollment and current medications told to the treating physician");
            ps.setString(8, NOTICE);
            ps.setString(9, "Sample General Hospital");
            ps.setTimestamp(10, Timestamp.from(at));
            ps.setString(11, "Synthetic: unresponsive on arrival, treating team asked about treatment");
            ps.setString(12, "CASE_MANAGER");
            b.add(S_DISCLOSURE);
        }
    }

    // ---- the CTI plan (as cti-impl's PhasePlan computes it) -----------------------------------------------------

    static final class Due {
        final LocalDate date;
        final LocalDate windowEnd;
        final int phase;

        Due(LocalDate date, LocalDate windowEnd, int phase) {
            this.date = date;
            this.windowEnd = windowEnd;
            this.phase = phase;
        }
    }

    /** Every due contact of an enrollment, as PhasePlan.dueContacts: one window per interval, inside its phase. */
    List<Due> dueContacts(LocalDate anchor, int programMonths) {
        List<Due> out = new ArrayList<>();
        int cumulative = 0;
        LocalDate start = anchor;
        for (int i = 0; i < phaseMonths.length; i++) {
            cumulative += phaseMonths[i];
            LocalDate end = plusMonthFraction(anchor, (long) cumulative * programMonths, planMonths);
            for (int k = 0;; k++) {
                LocalDate due = start.plus(intervals[i].multipliedBy(k));
                if (!due.isBefore(end)) {
                    break;
                }
                LocalDate next = start.plus(intervals[i].multipliedBy(k + 1));
                out.add(new Due(due, next.isBefore(end) ? next : end, i + 1));
            }
            start = end;
        }
        return out;
    }

    static LocalDate plusMonthFraction(LocalDate start, long numerator, int denominator) {
        long whole = numerator / denominator;
        long rest = numerator % denominator;
        LocalDate base = start.plusMonths(whole);
        if (rest == 0) {
            return base;
        }
        long days = ChronoUnit.DAYS.between(base, start.plusMonths(whole + 1));
        return base.plusDays(Math.round(days * rest / (double) denominator));
    }

    // ---- audit records ----------------------------------------------------------------------------------------------

    static final class AuditActor {
        final String name;
        final String roles;
        final String address;

        AuditActor(String name, String roles, String address) {
            this.name = name;
            this.roles = roles;
            this.address = address;
        }
    }

    /** 500 actors: 200 case managers, 200 peer specialists, 50 supervisors, 50 program admins (seeded staff names). */
    static AuditActor actor(int i) {
        String address = "10.20." + (i / 250) + "." + (1 + i % 250);
        if (i < 200) {
            return new AuditActor("cm.growth." + (i + 1), "CASE_MANAGER", address);
        }
        if (i < 400) {
            return new AuditActor("pss.growth." + (i - 199), "PEER_SPECIALIST", address);
        }
        if (i < 450) {
            return new AuditActor("sup.growth." + (i - 399), "CLINICAL_SUPERVISOR", address);
        }
        return new AuditActor("admin.growth." + (i - 449), "PROGRAM_ADMIN", address);
    }

    /**
     * Adds audit records up to the target: spread evenly over the last 365 days (to ten minutes ago), in increasing
     * time, so that each growth step covers the whole year; READ the most, then SEARCH, UPDATE and CREATE. Their
     * participants are drawn from all participants seeded so far.
     */
    void seedAudit(long from, long to) throws SQLException {
        long participants = counter("participants");
        if (participants == 0) {
            throw new IllegalStateException("seed participants before audit records");
        }
        AuditActor[] actors = new AuditActor[500];
        for (int i = 0; i < actors.length; i++) {
            actors[i] = actor(i);
        }
        long count = to - from;
        Instant first = now.minus(Duration.ofDays(365));
        long spanMillis = Duration.between(first, now.minus(Duration.ofMinutes(10))).toMillis();
        SplittableRandom r = rnd(K_AUDIT, from);
        long t0 = System.nanoTime();
        long lastLog = t0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_audit (occurred_at, actor, roles, component, "
                + "action, resource_type, resource_id, participant_id, outcome, purpose, detail, client_address) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long n = 0; n < count; n++) {
                Instant at = first.plusMillis((long) (spanMillis * (n / (double) count)));
                AuditActor a = actors[r.nextInt(actors.length)];
                String pid = participantId(r.nextLong(participants));
                int kind = r.nextInt(100);
                String component;
                String action;
                String type;
                String resource;
                String participant;
                String detail;
                if (kind < 70) {
                    action = "READ";
                    participant = pid;
                    int what = r.nextInt(10);
                    if (what < 6) {
                        component = "registry";
                        type = "participant";
                        resource = pid;
                        detail = what < 2 ? "search result" : null;
                    } else if (what < 8) {
                        component = "cti";
                        type = "contact";
                        resource = null;
                        detail = "contact list";
                    } else {
                        component = "registry";
                        type = "enrollment";
                        resource = uuid(K_ENROLLMENT, r.nextLong(participants));
                        detail = "list result";
                    }
                } else if (kind < 85) {
                    action = "SEARCH";
                    component = "registry";
                    type = "participant";
                    resource = null;
                    participant = null;
                    detail = SEARCH_DETAIL[r.nextInt(SEARCH_DETAIL.length)];
                } else if (kind < 95) {
                    action = "UPDATE";
                    component = "registry";
                    type = "participant";
                    resource = pid;
                    participant = pid;
                    detail = null;
                } else {
                    action = "CREATE";
                    component = "cti";
                    type = "contact";
                    resource = uuid(K_CONTACT, 1_000_000_000L + from + n);
                    participant = pid;
                    detail = r.nextBoolean() ? "IN_PERSON" : "PHONE";
                }
                boolean denied = r.nextInt(200) == 0 && action.equals("READ");
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, a.name);
                ps.setString(3, a.roles);
                ps.setString(4, component);
                ps.setString(5, action);
                ps.setString(6, type);
                ps.setString(7, resource);
                ps.setString(8, participant);
                ps.setString(9, denied ? "DENIED" : "SUCCESS");
                ps.setString(10, "TREATMENT");
                ps.setString(11, denied ? "not on the caller's caseload" : detail);
                ps.setString(12, a.address);
                ps.addBatch();
                if ((n + 1) % BATCH == 0 || n + 1 == count) {
                    ps.executeBatch();
                    setCounter("audit", from + n + 1);
                    c.commit();
                    long nowNanos = System.nanoTime();
                    if (nowNanos - lastLog > 10e9 || n + 1 == count) {
                        double s = (nowNanos - t0) / 1e9;
                        log("audit: %d of %d added (%.0f rows/s, %.1f s per 100 000)", n + 1, count, (n + 1) / s,
                                s * 100_000 / (n + 1));
                        lastLog = nowNanos;
                    }
                }
            }
        }
    }

    // ---- statistics ----------------------------------------------------------------------------------------------

    /**
     * Fresh optimizer statistics, as Derby's index statistics daemon or PostgreSQL's autovacuum would have gathered
     * them on a site that grew to this size (and so that they are not gathered in the background while measuring).
     */
    void statistics() throws SQLException {
        long t0 = System.nanoTime();
        String[] tables = {"reg_staff", "reg_team", "reg_participant", "reg_identifier", "reg_enrollment",
            "reg_enrollment_history", "cti_enrollment", "cti_due", "cti_contact", "consent_disclosure", "core_audit"};
        List<String> all = new ArrayList<>(Arrays.asList(tables));
        if (nameTokens) {
            all.add("reg_name_token");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            if (derby) {
                String schema;
                try (ResultSet rs = s.executeQuery("VALUES CURRENT SCHEMA")) {
                    rs.next();
                    schema = rs.getString(1);
                }
                for (String t : all) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema + "', '" + t.toUpperCase(Locale.ROOT)
                            + "', NULL)");
                }
            } else {
                for (String t : all) {
                    s.execute("VACUUM ANALYZE " + t);
                }
            }
        } finally {
            c.setAutoCommit(false);
        }
        log("statistics (%s) in %.1f s", derby ? "SYSCS_UPDATE_STATISTICS" : "VACUUM ANALYZE",
                (System.nanoTime() - t0) / 1e9);
    }
}
