package org.missioncj.registry.impl;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.core.impl.DatabaseComponent;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ReferralSource;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StartSetting;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The registry's real services on a fresh in-memory Derby, with a recording Event Admin. */
final class RegistryFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Actor ADMIN = new Actor("admin.test", EnumSet.of(Role.PROGRAM_ADMIN), null);
    static final Actor CM = new Actor("cm.test", EnumSet.of(Role.CASE_MANAGER), null);
    static final Actor PSS = new Actor("pss.test", EnumSet.of(Role.PEER_SPECIALIST), null);
    static final Actor LIAISON = new Actor("liaison.test", EnumSet.of(Role.COURT_LIAISON), null);
    static final Actor SUPERVISOR = new Actor("sup.test", EnumSet.of(Role.CLINICAL_SUPERVISOR), null);
    /** Reads the whole audit trail (a supervisor reads one participant of their site at a time). */
    static final Actor PRIVACY = new Actor("privacy.test", EnumSet.of(Role.PRIVACY_OFFICER), null);

    final List<Event> events = new ArrayList<>();
    final DatabaseComponent database;
    final AuditServiceImpl audit;
    final RegistryStore store;
    final ParticipantServiceImpl participants;
    final StaffServiceImpl staff;
    final CaseloadAccessImpl access;
    final TeamServiceImpl teams;
    final EnrollmentServiceImpl enrollments;

    RegistryFixture(int defaultCaseloadLimit) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:registry-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        database = new DatabaseComponent(ds);
        audit = new AuditServiceImpl(database);
        EventAdmin eventAdmin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), ZoneId.of("America/New_York"));
        store = RegistryStore.standalone(database, audit, eventAdmin, defaultCaseloadLimit, SiteClock.of(clock));
        staff = new StaffServiceImpl(store);
        access = CaseloadAccessImpl.standalone(store, staff, 240);
        audit.setParticipantScope(access);
        participants = new ParticipantServiceImpl(store, access);
        teams = new TeamServiceImpl(store, access);
        enrollments = new EnrollmentServiceImpl(store, access);
    }

    static Participant participant(String given, String family, LocalDate dob) {
        Participant p = new Participant();
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = dob;
        return p;
    }

    Staff staffMember(String username, StaffRole role) {
        Staff s = new Staff();
        s.username = username;
        s.givenName = "Given";
        s.familyName = username;
        s.role = role;
        s.site = "Test Site";
        return staff.create(ADMIN, s);
    }

    /** A team whose Case Manager is {@link #CM}, so the tests' case manager works on every team they make. */
    Team team(String name, Integer limit) {
        Team t = new Team();
        t.name = name;
        t.site = "Test Site";
        t.caseManagerId = staff.findByUsername(ADMIN, CM.username())
                .orElseGet(() -> staffMember(CM.username(), StaffRole.CASE_MANAGER)).id;
        t.peerSpecialistId = staffMember("pss." + name, StaffRole.PEER_SPECIALIST).id;
        t.caseloadLimit = limit;
        return teams.create(ADMIN, t);
    }

    static Enrollment enrollment(String participantId, String teamId) {
        Enrollment e = new Enrollment();
        e.participantId = participantId;
        e.teamId = teamId;
        e.programMonths = 12;
        e.startSetting = StartSetting.JAIL;
        e.referralSource = ReferralSource.COURT;
        e.startDate = TODAY.minusDays(10);
        return e;
    }
}
