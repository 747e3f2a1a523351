package org.missioncj.linkage.impl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.impl.hsds.HsdsCsv;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsJson;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * The linkage module's services on the test kit's platform, each built as its DS component would be, with the
 * registry's fixture for participants, staff and teams (its events reach the module's enrollment copy at once).
 */
final class LinkageFixture {
    static final Actor ADMIN = TestActors.ADMIN;

    final TestPlatform platform;
    final RegistryFixture registry;
    final List<Event> events;
    final LocalDate today;
    final ModuleSupport linkage;
    final LinkageEnrollments enrollments;
    final DirectoryServiceImpl directory;
    final ReferralServiceImpl referrals;
    final LinkageReportSection report;

    LinkageFixture(Clock clock) {
        platform = new TestPlatform(clock);
        today = LocalDate.now(clock);
        registry = new RegistryFixture(platform, 25);
        events = registry.events;
        linkage = platform.module(LinkageSettings.class);
        enrollments = new LinkageEnrollments(linkage, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", enrollments::handleEvent);
        directory = new DirectoryServiceImpl(linkage);
        referrals = new ReferralServiceImpl(linkage, registry.access, enrollments, new LinkageSettings());
        report = new LinkageReportSection(linkage);
    }

    /** A staff record at the site and the actor signed in as that person. */
    Actor person(String username, StaffRole role, Role signInRole) {
        registry.staffMember(username, role, RegistryFixture.SITE);
        return TestActors.of(username, signInRole);
    }

    Team team(String name, String cmUsername, String pssUsername) {
        return registry.team(name, cmUsername, pssUsername);
    }

    String enrolled(String family, Team team, LocalDate start) {
        return registry.enrolled(family, team, start);
    }

    org.missioncj.registry.api.ParticipantService participants() {
        return registry.participants;
    }

    DirectoryImport importJson(HsdsDataset d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsJson.write(d, out);
        return directory.importDirectory(ADMIN, DirectoryFormat.JSON, new ByteArrayInputStream(out.toByteArray()));
    }

    DirectoryImport importCsv(HsdsDataset d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsCsv.write(d, out);
        return directory.importDirectory(ADMIN, DirectoryFormat.CSV, new ByteArrayInputStream(out.toByteArray()));
    }

    List<Event> events(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).collect(Collectors.toList());
    }
}
