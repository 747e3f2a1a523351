package org.missioncj.trauma.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * The trauma module's services on the test kit's platform, each built as its DS component would be, with the
 * registry's fixture for participants, staff and teams (its events reach the module's enrollment copy at once).
 */
final class TraumaFixture {
    static final Actor ADMIN = TestActors.ADMIN;

    final TestPlatform platform;
    final RegistryFixture registry;
    final List<Event> events;
    final LocalDate today;
    final ModuleSupport trauma;
    final InstrumentStore instruments;
    final TraumaEnrollments enrollments;
    final ScreeningServiceImpl screens;
    final AlertServiceImpl alerts;
    final PreferenceServiceImpl preferences;
    final TraumaReportSection report;
    final String site = RegistryFixture.SITE;

    TraumaFixture(Clock clock) {
        this(clock, new TraumaSettings());
    }

    TraumaFixture(Clock clock, TraumaSettings settings) {
        this(new TestPlatform(clock), clock, settings);
    }

    TraumaFixture(TestPlatform platform, Clock clock, TraumaSettings settings) {
        this.platform = platform;
        today = LocalDate.now(clock);
        registry = new RegistryFixture(platform, 25);
        events = registry.events;
        trauma = platform.module(TraumaSettings.class);
        instruments = new InstrumentStore(trauma);
        enrollments = new TraumaEnrollments(trauma, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", enrollments::handleEvent);
        screens = new ScreeningServiceImpl(trauma, registry.access, instruments, enrollments, settings, registry.staff);
        alerts = new AlertServiceImpl(trauma, registry.access);
        preferences = new PreferenceServiceImpl(trauma, registry.access, enrollments);
        report = new TraumaReportSection(trauma);
    }

    /** A staff record and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole) {
        registry.staffMember(username, role, site);
        return TestActors.of(username, signInRole);
    }

    Team team(String name, String cmUsername, String pssUsername) {
        return registry.team(name, cmUsername, pssUsername);
    }

    /** A participant enrolled (status ENROLLED) on the team for 12 months from {@code start}. */
    String enrolled(String family, Team team, LocalDate start) {
        return registry.enrolled(family, team, start);
    }

    static Map<String, Object> props(Event e) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        for (String name : e.getPropertyNames()) {
            m.put(name, e.getProperty(name));
        }
        return m;
    }
}
