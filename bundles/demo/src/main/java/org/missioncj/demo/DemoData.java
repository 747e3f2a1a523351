package org.missioncj.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ReferralSource;
import org.missioncj.registry.api.dto.Sex;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StartSetting;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads synthetic demo data (never real people) through the registry's services, once, when its
 * configuration says so. The staff user names match the sign-ins that the demo launcher creates.
 */
@Component(immediate = true, configurationPid = "org.missioncj.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoData.Config.class)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @ObjectClassDefinition(name = "MISSION-CJ demo data", description = "Synthetic data for evaluation. Never enable on a live site.")
    public @interface Config {
        @AttributeDefinition(name = "Enabled", description = "Load the demo data if the demo site has no staff yet.")
        boolean enabled() default false;

        @AttributeDefinition(name = "Site", description = "Name of the demo site.")
        String site() default "Demo County";

        @AttributeDefinition(name = "Participants", description = "How many synthetic participants to create.")
        int participants() default 40;
    }

    /** The demo staff: user name, role, given and family name. Sign-ins with these names are made by bin/mission-demo. */
    static final String[][] STAFF = {
        {"cm.rivera", "CASE_MANAGER", "Dana", "Rivera"},
        {"pss.okafor", "PEER_SPECIALIST", "Sam", "Okafor"},
        {"cm.chen", "CASE_MANAGER", "Lee", "Chen"},
        {"pss.baptiste", "PEER_SPECIALIST", "Jo", "Baptiste"},
        {"nav.silva", "PEER_NAVIGATOR", "Ari", "Silva"},
        {"sup.hale", "CLINICAL_SUPERVISOR", "Robin", "Hale"},
        {"admin.ngata", "PROGRAM_ADMIN", "Kai", "Ngata"},
        {"liaison.morgan", "COURT_LIAISON", "Pat", "Morgan"},
    };

    private static final String[] GIVEN = {"Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Gray", "Harper",
        "Indigo", "Jordan", "Kendall", "Logan", "Marlow", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sawyer", "Tatum"};
    private static final String[] FAMILY = {"Abernathy", "Bellweather", "Castellano", "Delacroix", "Ellsworth",
        "Fairbanks", "Galloway", "Hollister", "Ingram", "Jessup", "Kowalczyk", "Lindqvist", "Montague", "Nakamura",
        "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Szabo", "Thorncastle"};

    @Activate
    public DemoData(@Reference StaffService staff, @Reference TeamService teams,
            @Reference ParticipantService participants, @Reference EnrollmentService enrollments, Config config) {
        if (!config.enabled()) {
            return;
        }
        Actor actor = Actor.system("demo");
        if (staff.list(actor, config.site(), null, null, PageRequest.of(0, 1)).totalItems > 0) {
            LOG.info("Demo data for site {} is already loaded", config.site());
            return;
        }
        List<String> staffIds = new ArrayList<>();
        for (String[] s : STAFF) {
            Staff st = new Staff();
            st.username = s[0];
            st.role = StaffRole.valueOf(s[1]);
            st.givenName = s[2];
            st.familyName = s[3];
            st.site = config.site();
            st.email = s[0] + "@demo.invalid";
            staffIds.add(staff.create(actor, st).id);
        }
        Team north = team(teams, actor, config.site(), "North Team", staffIds.get(0), staffIds.get(1));
        Team south = team(teams, actor, config.site(), "South Team", staffIds.get(2), staffIds.get(3));
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now();
        int created = 0;
        for (int i = 0; i < config.participants(); i++) {
            Participant p = new Participant();
            p.givenName = GIVEN[i % GIVEN.length];
            p.familyName = FAMILY[(i * 7 + i / GIVEN.length) % FAMILY.length];
            p.dateOfBirth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            p.sex = Sex.values()[random.nextInt(3)];
            p.preferredLanguage = random.nextInt(5) == 0 ? "es" : "en";
            p.phone = "555-01" + String.format("%02d", i % 100);
            p.city = "Demo City";
            p.state = "XX";
            p.identifiers = List.of(new Identifier("jail-booking", "DEMO-B" + (100000 + i)),
                    new Identifier("court-docket", "DEMO-CR-" + (2026000 + i)));
            Participant stored = participants.create(actor, p);
            Enrollment e = new Enrollment();
            e.participantId = stored.id;
            e.teamId = (i % 2 == 0 ? north : south).id;
            e.programMonths = new int[] {12, 6, 2}[i % 3];
            e.startSetting = i % 4 == 0 ? StartSetting.COMMUNITY : StartSetting.JAIL;
            e.referralSource = i % 3 == 0 ? ReferralSource.JAIL : ReferralSource.COURT;
            e.startDate = today.minusDays(random.nextInt(300));
            e.status = i % 10 == 9 ? EnrollmentStatus.REFERRED : EnrollmentStatus.ENROLLED;
            if (i >= 2 * 25) {
                e.status = EnrollmentStatus.REFERRED;
            }
            Enrollment enrolled = enrollments.create(actor, e);
            if (enrolled.status == EnrollmentStatus.ENROLLED && i % 3 != 2) {
                StatusChange active = new StatusChange();
                active.status = EnrollmentStatus.ACTIVE;
                enrollments.changeStatus(actor, enrolled.id, enrolled.version, active);
            }
            created++;
        }
        LOG.info("Loaded synthetic demo data for site {}: {} staff, 2 teams, {} participants", config.site(),
                STAFF.length, created);
    }

    private static Team team(TeamService teams, Actor actor, String site, String name, String cm, String pss) {
        Team t = new Team();
        t.name = name;
        t.site = site;
        t.caseManagerId = cm;
        t.peerSpecialistId = pss;
        return teams.create(actor, t);
    }
}
