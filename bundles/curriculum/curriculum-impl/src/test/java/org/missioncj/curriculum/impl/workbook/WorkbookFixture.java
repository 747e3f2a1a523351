package org.missioncj.curriculum.impl.workbook;

import java.time.LocalDate;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/**
 * The workbook service on the test kit's platform, with the registry's fixture for participants, staff and
 * teams: team North (its Case Manager and Peer Support Specialist), team South at the same site, and the
 * site's navigator and supervisor.
 */
final class WorkbookFixture {
    final TestPlatform platform;
    final RegistryFixture registry;
    final ModuleSupport module;
    final WorkbookServiceImpl workbook;
    final Actor admin = TestActors.ADMIN;
    final Actor cm;
    final Actor pss;
    final Actor otherCm;
    final Actor otherPss;
    final Actor navigator;
    final Actor supervisor;
    final Team north;
    final Team south;

    WorkbookFixture() {
        this(new TestPlatform());
    }

    WorkbookFixture(TestPlatform platform) {
        this.platform = platform;
        registry = new RegistryFixture(platform, 25);
        module = platform.module(CurriculumSettings.class);
        workbook = new WorkbookServiceImpl(module, new CurriculumSettings(), registry.access);
        cm = person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        otherPss = person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        navigator = person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        supervisor = person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        north = registry.team("North", "cm.north", "pss.north");
        south = registry.team("South", "cm.south", "pss.south");
    }

    private Actor person(String username, StaffRole role, Role signInRole) {
        registry.staffMember(username, role, RegistryFixture.SITE);
        return TestActors.of(username, signInRole);
    }

    /** A participant enrolled on North ten days ago. */
    String northParticipant(String family) {
        return registry.enrolled(family, north, LocalDate.of(2026, 3, 5));
    }

    List<Event> events(String topic) {
        return platform.events.events(topic);
    }
}
