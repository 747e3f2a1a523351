package org.missioncj.drt.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.impl.AuditServiceImpl;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.curriculum.impl.catalog.CatalogServiceImpl;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * DRT's services on the test kit's platform: the registry's fixture for participants, staff and teams
 * (its events reach DRT's enrollment copy at once) and the curriculum module's catalog, each built as its
 * DS component would be.
 */
final class DrtFixture {
    static final Actor ADMIN = TestActors.ADMIN;

    final TestPlatform platform;
    final RegistryFixture registry;
    final List<Event> events;
    final LocalDate today;
    final AuditServiceImpl audit;
    final ModuleSupport drt;
    final CatalogService catalog;
    final DrtEnrollmentSync sync;
    final DrtSessionServiceImpl sessions;
    final DrtProgressServiceImpl progress;
    final DrtReportSection report;
    final String site = RegistryFixture.SITE;

    DrtFixture(Clock clock) {
        this(new TestPlatform(clock), clock);
    }

    DrtFixture(TestPlatform platform, Clock clock) {
        this.platform = platform;
        today = LocalDate.now(clock);
        registry = new RegistryFixture(platform, 25);
        events = registry.events;
        audit = platform.audit;
        // the curriculum module as Karaf starts it (its migrations ship the 13 DRT sessions), and its catalog component
        catalog = new CatalogServiceImpl(platform.module(CurriculumSettings.class));
        drt = platform.module(DrtSettings.class);
        sync = new DrtEnrollmentSync(drt, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", sync::handleEvent);
        sessions = new DrtSessionServiceImpl(drt, registry.access, registry.staff, registry.teams, catalog, sync);
        progress = new DrtProgressServiceImpl(drt, new DrtSettings(), registry.access, catalog, sync);
        report = new DrtReportSection(drt, catalog);
    }

    /** False simulates DRT not running: registry events are lost. */
    void delivering(boolean on) {
        platform.events.delivering(on);
    }

    /** A staff record and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole) {
        registry.staffMember(username, role, site);
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
