package org.missioncj.curriculum.impl.plan;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.cti.impl.CtiSettings;
import org.missioncj.cti.impl.EnrollmentSync;
import org.missioncj.cti.impl.ScheduleServiceImpl;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * The plan service on the test kit's platform, with the registry's fixture for participants, staff and
 * teams, and CTI started as its own tests start it (registry events reach its sync at once). The site's
 * clock starts at {@link TestPlatform#NOW} in New York and can be moved on: every module reads it.
 */
final class PlanFixture {
    /** The site's clock, moved by the tests (phases change as the days go by). */
    static final class SiteTime extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        SiteTime(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new SiteTime(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }

        /** The same time of day, {@code days} later. */
        void advanceDays(long days) {
            now = now.plus(days, ChronoUnit.DAYS);
        }

        /** The same time of day on the day. */
        void moveTo(LocalDate day) {
            advanceDays(ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), day));
        }
    }

    final SiteTime clock = new SiteTime(TestPlatform.NOW, TestPlatform.ZONE);
    final TestPlatform platform = new TestPlatform(clock);
    final RegistryFixture registry = new RegistryFixture(platform, 25);
    final ScheduleServiceImpl schedules;
    final PlanServiceImpl plans;
    final String site = RegistryFixture.SITE;

    PlanFixture() {
        ModuleSupport cti = platform.module(CtiSettings.class);
        CtiSettings settings = new CtiSettings(missionPhases());
        EnrollmentSync sync = new EnrollmentSync(cti, settings, registry.enrollments, registry.teams);
        platform.events.deliver("org/missioncj/registry/ENROLL", sync::handleEvent);
        schedules = new ScheduleServiceImpl(cti, settings, registry.access, sync);
        ModuleSupport curriculum = platform.module(CurriculumSettings.class);
        plans = new PlanServiceImpl(curriculum, registry.access, registry.enrollments, schedules);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** MISSION-CJ's phase plan: 4, 5 and 3 months for a 12-month enrollment. */
    static CtiSettings.Config missionPhases() {
        return new CtiSettings.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CtiSettings.Config.class;
            }

            @Override
            public String phaseNames() {
                return "Transition to community, Try-out, Transfer of care";
            }

            @Override
            public String phaseMonths() {
                return "4, 5, 3";
            }

            @Override
            public String contactIntervals() {
                return "P7D, P14D, P1M";
            }

            @Override
            public String[] countSupportContacts() {
                return new String[0];
            }
        };
    }

    /** A staff record at the site and the actor signed in as that person. */
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
}
