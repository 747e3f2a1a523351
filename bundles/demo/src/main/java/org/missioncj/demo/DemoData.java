package org.missioncj.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.missioncj.consent.api.ConsentService;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.SignatureMethod;
import org.missioncj.consent.api.dto.SignerAuthority;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
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
import org.missioncj.registry.api.dto.StaffSearch;
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

        @AttributeDefinition(name = "Accounts file",
                description = "Demo sign-ins to create as database accounts, one 'user ROLE password' a line (written by "
                        + "bin/mission-demo). PROGRAM_ADMIN lines are skipped: that is the bootstrap admin of etc/users.properties.")
        String accountsFile() default "";

        @AttributeDefinition(name = "Court", description = "The demo court: the court liaison's organization and the "
                + "recipient of the demo participants' criminal-justice consents.")
        String court() default "Demo County Recovery Court";

        @AttributeDefinition(name = "Consents", description = "How many enrolled participants of the North team get a "
                + "§2.35 consent to the demo court.")
        int consents() default 8;
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
            @Reference ParticipantService participants, @Reference EnrollmentService enrollments,
            @Reference AccountService accounts, @Reference ConsentService consents, Config config) {
        if (!config.enabled()) {
            return;
        }
        Actor actor = Actor.system("demo");
        if (staff.list(actor, new StaffSearch(config.site(), null, null), PageRequest.of(0, 1)).totalItems > 0) {
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
        int signIns = accounts(accounts, actor, config);
        Team north = team(teams, actor, config.site(), "North Team", staffIds.get(0), staffIds.get(1));
        Team south = team(teams, actor, config.site(), "South Team", staffIds.get(2), staffIds.get(3));
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now();
        int created = 0;
        int consented = 0;
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
            if (e.teamId.equals(north.id) && enrolled.status != EnrollmentStatus.REFERRED && consented < config.consents()) {
                consents.create(actor, courtConsent(stored, enrolled, config.court()));
                consented++;
            }
            created++;
        }
        LOG.info("Loaded synthetic demo data for site {}: {} staff ({} database sign-ins), 2 teams, {} participants, "
                + "{} consents to {}", config.site(), STAFF.length, signIns, created, consented, config.court());
    }

    /** A §2.35 consent, as a participant referred by the court signs it at enrollment. */
    private static ConsentDirective courtConsent(Participant p, Enrollment e, String court) {
        ConsentDirective c = new ConsentDirective();
        c.participantId = p.id;
        c.kind = ConsentKind.CRIMINAL_JUSTICE;
        c.disclosingProgram = "MISSION-CJ";
        c.categories = List.of("ENROLLMENT", "CASE_MANAGEMENT");
        c.recipientClass = RecipientClass.COURT;
        c.recipientName = court;
        c.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
        c.purposeDescription = "Progress reports to the recovery court that referred the participant";
        c.informationDescription = "Whether I am enrolled, my program milestones and how many case management contacts "
                + "I kept; no clinical notes";
        c.expiresOn = e.startDate.plusMonths(e.programMonths + 1L);
        c.expiryEvent = "Completion of the participant's probation";
        c.irrevocableUntilEvent = "Sentencing in the participant's criminal case";
        c.signedOn = e.startDate;
        c.signedBy = p.givenName + " " + p.familyName;
        c.signatureMethod = SignatureMethod.WRITTEN;
        c.signerAuthority = SignerAuthority.PARTICIPANT;
        c.revocationRightExplained = true;
        c.redisclosureStatementIncluded = true;
        c.conditioningStatementIncluded = true;
        return c;
    }

    /**
     * The demo sign-ins as database accounts (salted PBKDF2 hashes, like a live site's staff), from
     * the file the launcher wrote. The court liaison's organization is the demo court.
     */
    private static int accounts(AccountService accounts, Actor actor, Config config) {
        if (config.accountsFile().isBlank()) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(config.accountsFile()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Demo sign-ins not created: cannot read {}: {}", config.accountsFile(), e.toString());
            return 0;
        }
        int created = 0;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3 || Role.parse(f[1]).isEmpty() || Role.PROGRAM_ADMIN.name().equals(f[1])
                    || accounts.find(f[0]).isPresent()) {
                continue;
            }
            Account a = new Account();
            a.username = f[0];
            a.displayName = displayName(f[0]);
            a.roles = EnumSet.of(Role.valueOf(f[1]));
            boolean liaison = Role.COURT_LIAISON.name().equals(f[1]);
            a.organization = liaison ? config.court() : null;
            a.organizationClass = liaison ? "COURT" : null;
            accounts.create(actor, a, f[2].toCharArray());
            created++;
        }
        return created;
    }

    private static String displayName(String username) {
        for (String[] s : STAFF) {
            if (s[0].equals(username)) {
                return s[2] + " " + s[3];
            }
        }
        return username;
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
