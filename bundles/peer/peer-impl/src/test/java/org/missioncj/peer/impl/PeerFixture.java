package org.missioncj.peer.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.curriculum.impl.catalog.CatalogServiceImpl;
import org.missioncj.peer.api.dto.Attendance;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.MeetingAttendance;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerSession;
import org.missioncj.peer.api.dto.SessionSetting;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * The peer module's services on the test kit's platform, with the curriculum module's catalog (the 11 shipped
 * peer-led sessions) and the registry's fixture; registry events reach the peer module's enrollment copy at
 * once. The site's clock is fixed on Sunday 2026-03-15 in New York.
 */
final class PeerFixture {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    static final Actor ADMIN = TestActors.ADMIN;
    /** The shipped peer-led sessions: 1 Willingness, 2 Self-Acceptance and Respect, 3 Gratitude ... */
    static final String S1 = "peer-mission-cj-01";
    static final String S2 = "peer-mission-cj-02";
    static final String S3 = "peer-mission-cj-03";
    static final String DRT1 = "drt-mission-cj-01";

    final TestPlatform platform;
    final RegistryFixture registry;
    final LocalDate today;
    final CatalogServiceImpl catalogService;
    final PeerEnrollments enrollments;
    final RosterAccess access;
    final PeerCatalog catalog;
    final PeerGroupServiceImpl groups;
    final PeerMeetingServiceImpl meetings;
    final PeerSessionServiceImpl sessions;
    final PeerReportSection report;
    final String site = RegistryFixture.SITE;

    PeerFixture(Clock clock) {
        this(new TestPlatform(clock), clock);
    }

    /** On the platform given (e.g. on an {@code ExplainedDerby}). */
    PeerFixture(TestPlatform platform, Clock clock) {
        today = LocalDate.now(clock);
        this.platform = platform;
        registry = new RegistryFixture(platform, 25);
        ModuleSupport curriculum = platform.module(CurriculumSettings.class);
        catalogService = new CatalogServiceImpl(curriculum);
        ModuleSupport peer = platform.module(PeerSettings.class);
        enrollments = new PeerEnrollments(peer, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", enrollments::handleEvent);
        access = new RosterAccess(peer, registry.staff, registry.teams);
        catalog = new PeerCatalog(peer, catalogService);
        groups = new PeerGroupServiceImpl(peer, access, enrollments);
        meetings = new PeerMeetingServiceImpl(peer, access, catalog, enrollments);
        sessions = new PeerSessionServiceImpl(peer, registry.access, access, catalog, enrollments);
        report = new PeerReportSection(peer, catalog);
    }

    /** False simulates the peer module not running: registry events are lost. */
    void delivering(boolean on) {
        platform.events.delivering(on);
    }

    /** A staff record and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole, String atSite) {
        registry.staffMember(username, role, atSite);
        return TestActors.of(username, signInRole);
    }

    String staffId(String username) {
        return registry.staffId(username);
    }

    Team team(String name, String cmUsername, String pssUsername) {
        return registry.team(name, cmUsername, pssUsername);
    }

    /** A team at another site. */
    Team teamAt(String name, String atSite, String cmUsername, String pssUsername) {
        Team t = new Team();
        t.name = name;
        t.site = atSite;
        t.caseManagerId = staffId(cmUsername);
        t.peerSpecialistId = staffId(pssUsername);
        return registry.teams.create(ADMIN, t);
    }

    String enrolled(String family, Team team, LocalDate start) {
        return registry.enrolled(family, team, start);
    }

    PeerGroup group(Actor as, String facilitatorUsername, String name) {
        PeerGroup g = new PeerGroup();
        g.facilitatorId = staffId(facilitatorUsername);
        g.name = name;
        g.place = "Room 4, Recovery Center";
        g.schedule = "Tuesdays 18:00-19:30";
        return groups.create(as, g);
    }

    static GroupMember joining(String participantId, LocalDate on, Boolean agreed) {
        GroupMember m = new GroupMember();
        m.participantId = participantId;
        m.joinedOn = on;
        m.agreedToComfortAgreement = agreed;
        return m;
    }

    static ComfortAgreement agreement(String text, LocalDate on, String... agreedBy) {
        ComfortAgreement a = new ComfortAgreement();
        a.text = text;
        a.agreedOn = on;
        a.agreedBy = List.of(agreedBy);
        return a;
    }

    /** A meeting on the day covering the session, with each participant's attendance (id, attendance, ...). */
    static GroupMeeting meeting(LocalDate on, String session, Object... attendance) {
        GroupMeeting x = new GroupMeeting();
        x.heldOn = on;
        x.catalogSessionId = session;
        x.minutes = 90;
        x.attendance = new ArrayList<>();
        for (int i = 0; i < attendance.length; i += 2) {
            x.attendance.add(new MeetingAttendance((String) attendance[i], (Attendance) attendance[i + 1]));
        }
        return x;
    }

    PeerSession session(String participantId, String staffUsername, LocalDate on, String catalogSession,
            Attendance attendance) {
        PeerSession s = new PeerSession();
        s.participantId = participantId;
        s.staffId = staffId(staffUsername);
        s.heldOn = on;
        s.catalogSessionId = catalogSession;
        s.attendance = attendance;
        s.setting = SessionSetting.COMMUNITY;
        s.minutes = 50;
        s.notes = "Talked about what willingness means to them.";
        return s;
    }

    /** The successful audit records of the peer module by the user, of one resource type, newest first. */
    List<AuditRecord> audit(String username, String resourceType) {
        AuditQuery q = new AuditQuery();
        q.component = "peer";
        q.actor = username;
        q.outcome = AuditOutcome.SUCCESS;
        List<AuditRecord> out = new ArrayList<>();
        for (AuditRecord r : platform.audit.query(ADMIN, q, PageRequest.of(0, 200)).items) {
            if (resourceType.equals(r.resourceType)) {
                out.add(r);
            }
        }
        return out;
    }
}
