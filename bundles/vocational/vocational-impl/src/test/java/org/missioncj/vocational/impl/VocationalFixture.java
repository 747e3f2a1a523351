package org.missioncj.vocational.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The vocational module's services on the test kit's platform, each built as its DS component would be, with the
 * registry's fixture for participants, staff and teams (its events reach the module's enrollment copy at once).
 */
final class VocationalFixture {
    static final Actor ADMIN = TestActors.ADMIN;

    final TestPlatform platform;
    final RegistryFixture registry;
    final List<Event> events;
    final LocalDate today;
    final ModuleSupport vocational;
    final VocationalEnrollments enrollments;
    final GoalServiceImpl goals;
    final EmployerServiceImpl employers;
    final ApplicationServiceImpl applications;
    final EmploymentServiceImpl employment;
    final EducationServiceImpl education;
    final SupportContactServiceImpl support;
    final VocationalReportSection report;
    final String site = RegistryFixture.SITE;

    VocationalFixture(Clock clock) {
        platform = new TestPlatform(clock);
        today = LocalDate.now(clock);
        registry = new RegistryFixture(platform, 25);
        events = registry.events;
        vocational = platform.module(VocationalSettings.class);
        enrollments = new VocationalEnrollments(vocational, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", enrollments::handleEvent);
        goals = new GoalServiceImpl(vocational, registry.access);
        employers = new EmployerServiceImpl(vocational, registry.staff);
        applications = new ApplicationServiceImpl(vocational, registry.access, registry.staff, enrollments);
        employment = new EmploymentServiceImpl(vocational, registry.access, enrollments);
        education = new EducationServiceImpl(vocational, registry.access, enrollments);
        support = new SupportContactServiceImpl(vocational, registry.access, registry.staff, new VocationalSettings());
        report = new VocationalReportSection(vocational);
    }

    /** A staff record at the site and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole) {
        return person(username, role, signInRole, site);
    }

    Actor person(String username, StaffRole role, Role signInRole, String atSite) {
        registry.staffMember(username, role, atSite);
        return TestActors.of(username, signInRole);
    }

    Team team(String name, String cmUsername, String pssUsername) {
        return registry.team(name, cmUsername, pssUsername);
    }

    /** A participant enrolled (status ENROLLED) on the team for 12 months from {@code start}. */
    String enrolled(String family, Team team, LocalDate start) {
        return registry.enrolled(family, team, start);
    }

    List<Event> events(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).collect(Collectors.toList());
    }

    static Map<String, Object> props(Event e) {
        Map<String, Object> m = new HashMap<>();
        for (String name : e.getPropertyNames()) {
            m.put(name, e.getProperty(name));
        }
        return m;
    }
}
