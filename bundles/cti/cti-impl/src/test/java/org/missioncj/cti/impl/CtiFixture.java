package org.missioncj.cti.impl;

import java.time.Clock;
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
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ReferralSource;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StartSetting;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.CaseloadAccessImpl;
import org.missioncj.registry.impl.EnrollmentServiceImpl;
import org.missioncj.registry.impl.ParticipantServiceImpl;
import org.missioncj.registry.impl.RegistryStore;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The registry and CTI services wired as in Karaf, on an in-memory Derby, with an Event Admin that
 * delivers registry events to CTI's sync at once. The site's clock is fixed in New York.
 */
final class CtiFixture {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    static final Actor ADMIN = new Actor("admin.test", EnumSet.of(Role.PROGRAM_ADMIN), null);

    final List<Event> events = new ArrayList<>();
    /** False simulates CTI not running: registry events are lost. */
    boolean deliver = true;
    final LocalDate today;
    final AuditServiceImpl audit;
    final ParticipantServiceImpl participants;
    final StaffServiceImpl staff;
    final TeamServiceImpl teams;
    final EnrollmentServiceImpl enrollments;
    final CaseloadAccessImpl caseloads;
    final EnrollmentSync sync;
    final ContactServiceImpl contacts;
    final ScheduleServiceImpl schedules;
    final CtiReportSection reportSection;
    final String site = "Test Site";

    CtiFixture(Clock clock) {
        today = LocalDate.now(clock);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:cti-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        DatabaseComponent db = new DatabaseComponent(ds);
        audit = new AuditServiceImpl(db);
        EnrollmentSync[] handler = new EnrollmentSync[1];
        EventAdmin eventAdmin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
                if (deliver && handler[0] != null && event.getTopic().startsWith("org/missioncj/registry/ENROLL")) {
                    handler[0].handleEvent(event);
                }
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
        RegistryStore registry = RegistryStore.standalone(db, audit, eventAdmin, 25, SiteClock.of(clock));
        staff = new StaffServiceImpl(registry);
        CaseloadAccessImpl caseloads = CaseloadAccessImpl.standalone(registry, staff, 240);
        participants = new ParticipantServiceImpl(registry, caseloads);
        teams = new TeamServiceImpl(registry, caseloads);
        enrollments = new EnrollmentServiceImpl(registry, caseloads);
        CtiStore store = new CtiStore(db, audit, eventAdmin, PhasePlanTest.MISSION, SiteClock.of(clock));
        this.caseloads = caseloads;
        TeamAccess access = new TeamAccess(caseloads, staff, teams);
        sync = new EnrollmentSync(store, enrollments, access);
        handler[0] = sync;
        contacts = new ContactServiceImpl(store, access);
        schedules = new ScheduleServiceImpl(store, access);
        reportSection = new CtiReportSection(store);
    }

    /** A staff record and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole, String atSite) {
        Staff s = new Staff();
        s.username = username;
        s.givenName = "Given";
        s.familyName = username;
        s.role = role;
        s.site = atSite;
        staff.create(ADMIN, s);
        return new Actor(username, EnumSet.of(signInRole), null);
    }

    String staffId(String username) {
        return staff.findByUsername(ADMIN, username).get().id;
    }

    Team team(String name, String cmUsername, String pssUsername) {
        Team t = new Team();
        t.name = name;
        t.site = site;
        t.caseManagerId = staffId(cmUsername);
        t.peerSpecialistId = staffId(pssUsername);
        return teams.create(ADMIN, t);
    }

    /** A participant enrolled (status ENROLLED) on the team for 12 months from {@code start}. */
    String enrolled(String family, Team team, LocalDate start) {
        Participant p = new Participant();
        p.givenName = "Pat";
        p.familyName = family;
        p.dateOfBirth = LocalDate.of(1980, 1, 1);
        String id = participants.create(ADMIN, p).id;
        Enrollment e = new Enrollment();
        e.participantId = id;
        e.teamId = team.id;
        e.programMonths = 12;
        e.startSetting = StartSetting.JAIL;
        e.referralSource = ReferralSource.COURT;
        e.startDate = start;
        e.status = EnrollmentStatus.ENROLLED;
        enrollments.create(ADMIN, e);
        return id;
    }
}
