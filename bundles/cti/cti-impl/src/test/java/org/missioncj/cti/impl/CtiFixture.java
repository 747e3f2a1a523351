package org.missioncj.cti.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.EnrollmentServiceImpl;
import org.missioncj.registry.impl.ParticipantServiceImpl;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.registry.impl.StaffServiceImpl;
import org.missioncj.registry.impl.TeamServiceImpl;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * CTI's services on the test kit's platform, with the registry's fixture for participants, staff and
 * teams; registry events reach CTI's sync at once. The site's clock is fixed in New York.
 */
final class CtiFixture {
    static final ZoneId SITE_ZONE = ZoneId.of("America/New_York");
    static final Actor ADMIN = TestActors.ADMIN;

    final TestPlatform platform;
    final RegistryFixture registry;
    final List<Event> events;
    final LocalDate today;
    final AuditServiceImpl audit;
    final ParticipantServiceImpl participants;
    final StaffServiceImpl staff;
    final TeamServiceImpl teams;
    final EnrollmentServiceImpl enrollments;
    final CaseloadAccess caseloads;
    final EnrollmentSync sync;
    final ContactServiceImpl contacts;
    final ScheduleServiceImpl schedules;
    final CtiReportSection reportSection;
    final String site = RegistryFixture.SITE;

    CtiFixture(Clock clock) {
        today = LocalDate.now(clock);
        platform = new TestPlatform(clock);
        registry = new RegistryFixture(platform, 25);
        events = registry.events;
        audit = platform.audit;
        participants = registry.participants;
        staff = registry.staff;
        teams = registry.teams;
        enrollments = registry.enrollments;
        caseloads = registry.access;
        ModuleSupport cti = platform.module(CtiSettings.class);
        CtiSettings settings = new CtiSettings(PhasePlanTest.MISSION);
        sync = new EnrollmentSync(cti, settings, enrollments, teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", sync::handleEvent);
        contacts = new ContactServiceImpl(cti, settings, caseloads, staff, teams, sync);
        schedules = new ScheduleServiceImpl(cti, settings, caseloads, sync);
        reportSection = new CtiReportSection(cti, settings);
        assert RegistryEvents.ENROLLED.startsWith("org/missioncj/registry/ENROLL");
    }

    /** False simulates CTI not running: registry events are lost. */
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

    /** A participant enrolled (status ENROLLED) on the team for 12 months from {@code start}. */
    String enrolled(String family, Team team, LocalDate start) {
        return registry.enrolled(family, team, start);
    }
}
