package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.core.impl.DatabaseComponent;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ReferralSource;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StartSetting;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * The registry's real services on a {@link TestPlatform}, wired as in Karaf; other modules' tests use it
 * through registry-impl's test jar for the participants, staff and teams they need.
 */
public final class RegistryFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    public static final Actor ADMIN = TestActors.ADMIN;
    public static final Actor CM = TestActors.CM;
    public static final Actor PSS = TestActors.PSS;
    public static final Actor LIAISON = TestActors.LIAISON;
    public static final Actor SUPERVISOR = TestActors.SUPERVISOR;
    public static final Actor PRIVACY = TestActors.PRIVACY;
    public static final String SITE = "Test Site";

    public final TestPlatform platform;
    public final DatabaseComponent database;
    public final AuditServiceImpl audit;
    public final ModuleSupport module;
    public final StaffServiceImpl staff;
    public final CaseloadAccessImpl access;
    public final ParticipantServiceImpl participants;
    public final TeamServiceImpl teams;
    public final EnrollmentServiceImpl enrollments;
    /** The events posted so far (the platform's recording Event Admin). */
    public final List<Event> events;

    /** On a platform of its own, with the MISSION default caseload limit (25). */
    public RegistryFixture() {
        this(new TestPlatform(), 25);
    }

    public RegistryFixture(int defaultCaseloadLimit) {
        this(new TestPlatform(), defaultCaseloadLimit);
    }

    public RegistryFixture(TestPlatform platform, int defaultCaseloadLimit) {
        this.platform = platform;
        this.database = platform.database;
        this.audit = platform.audit;
        this.module = platform.module(RegistrySettings.class);
        RegistrySettings settings = new RegistrySettings(defaultCaseloadLimit);
        staff = new StaffServiceImpl(module);
        access = new CaseloadAccessImpl(module, staff, 240);
        audit.setParticipantScope(access);
        participants = new ParticipantServiceImpl(module, access, staff);
        teams = new TeamServiceImpl(module, access, settings);
        enrollments = new EnrollmentServiceImpl(module, access, staff, settings);
        events = new RecordingList(platform);
    }

    public static Participant participant(String given, String family, LocalDate dob) {
        Participant p = new Participant();
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = dob;
        return p;
    }

    /** A staff record at {@link #SITE}; sign in as {@code TestActors.of(username, role)} to act as them. */
    public Staff staffMember(String username, StaffRole role) {
        return staffMember(username, role, SITE);
    }

    public Staff staffMember(String username, StaffRole role, String site) {
        Staff s = new Staff();
        s.username = username;
        s.givenName = "Given";
        s.familyName = username;
        s.role = role;
        s.site = site;
        return staff.create(ADMIN, s);
    }

    public String staffId(String username) {
        return staff.findByUsername(ADMIN, username).orElseThrow().id;
    }

    /** A team whose Case Manager is {@link #CM}, so the tests' case manager works on every team they make. */
    public Team team(String name, Integer limit) {
        Team t = new Team();
        t.name = name;
        t.site = SITE;
        t.caseManagerId = staff.findByUsername(ADMIN, CM.username())
                .orElseGet(() -> staffMember(CM.username(), StaffRole.CASE_MANAGER)).id;
        t.peerSpecialistId = staffMember("pss." + name, StaffRole.PEER_SPECIALIST).id;
        t.caseloadLimit = limit;
        return teams.create(ADMIN, t);
    }

    /** A team of the two staff members (by user name) at {@link #SITE}. */
    public Team team(String name, String cmUsername, String pssUsername) {
        Team t = new Team();
        t.name = name;
        t.site = SITE;
        t.caseManagerId = staffId(cmUsername);
        t.peerSpecialistId = staffId(pssUsername);
        return teams.create(ADMIN, t);
    }

    public static Enrollment enrollment(String participantId, String teamId) {
        Enrollment e = new Enrollment();
        e.participantId = participantId;
        e.teamId = teamId;
        e.programMonths = 12;
        e.startSetting = StartSetting.JAIL;
        e.referralSource = ReferralSource.COURT;
        e.startDate = TODAY.minusDays(10);
        return e;
    }

    /** A new participant enrolled (status ENROLLED) on the team for 12 months from {@code start}; their id. */
    public String enrolled(String family, Team team, LocalDate start) {
        String id = participants.create(ADMIN, participant("Pat", family, LocalDate.of(1980, 1, 1))).id;
        Enrollment e = enrollment(id, team.id);
        e.startDate = start;
        e.status = EnrollmentStatus.ENROLLED;
        enrollments.create(ADMIN, e);
        return id;
    }

    /** The recording Event Admin's events, as a live list view. */
    private static final class RecordingList extends java.util.AbstractList<Event> {
        private final TestPlatform platform;

        RecordingList(TestPlatform platform) {
            this.platform = platform;
        }

        @Override
        public Event get(int index) {
            return platform.events.events().get(index);
        }

        @Override
        public int size() {
            return platform.events.events().size();
        }

        @Override
        public void clear() {
            platform.events.clear();
        }
    }
}
