package org.missioncj.trauma.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.trauma.impl.TraumaFixture.ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.instrument.api.dto.Band;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.missioncj.trauma.api.TraumaEvents;
import org.missioncj.trauma.api.dto.Acknowledgement;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.missioncj.trauma.api.dto.RescreenDue;
import org.missioncj.trauma.api.dto.Screen;
import org.missioncj.trauma.api.dto.ScreenStatus;
import org.missioncj.trauma.api.dto.StaffGender;
import org.missioncj.trauma.api.dto.TraumaPreferences;
import org.osgi.service.event.Event;

/** The trauma module's services on the test kit: screens, alerts, rescreens, preferences, the report. */
class TraumaServicesTest {
    /** Sunday 2026-03-15, 11:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long NONE = PreconditionRequiredException.MISSING_VERSION;
    private TraumaFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Actor supervisor;
    private Actor navigator;
    private Team north;
    private Team south;
    private String pat;

    @BeforeEach
    void setUp() {
        f = new TraumaFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
        pat = f.enrolled("Alvarez", north, TODAY.minusDays(30));
    }

    private static Screen completed(String participantId, String instrument, Object... linkIdThenValue) {
        Screen s = new Screen();
        s.participantId = participantId;
        s.instrumentId = instrument;
        s.status = ScreenStatus.COMPLETED;
        s.answers = new LinkedHashMap<>();
        for (int i = 0; i < linkIdThenValue.length; i += 2) {
            s.answers.put((String) linkIdThenValue[i], (Integer) linkIdThenValue[i + 1]);
        }
        return s;
    }

    /** PHQ-9 with items 1-8 at {@code each} and item 9 at {@code item9}. */
    private static Screen phq9(String participantId, int each, int item9) {
        Screen s = completed(participantId, "phq-9");
        for (int i = 1; i <= 8; i++) {
            s.answers.put(String.valueOf(i), each);
        }
        s.answers.put("9", item9);
        return s;
    }

    private static Screen pcPtsd5(String participantId, int yesAnswers) {
        Screen s = completed(participantId, "pc-ptsd-5", "exposure", 1);
        for (int i = 1; i <= 5; i++) {
            s.answers.put(String.valueOf(i), i <= yesAnswers ? 1 : 0);
        }
        return s;
    }

    private List<Event> events(String topic) {
        return f.events.stream().filter(e -> e.getTopic().equals(topic)).collect(Collectors.toList());
    }

    @Test
    void aPhq9WithItem9RaisesAnAlertOnTheTeamsListAtOnce() {
        Screen s = f.screens.record(pss, phq9(pat, 1, 1));
        assertEquals(9, s.result.scores.get(0).value);
        assertTrue(s.result.safety);
        assertEquals(1, s.alertIds.size());

        List<Alert> open = f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).items;
        assertEquals(1, open.size());
        Alert a = open.get(0);
        assertEquals(pat, a.participantId);
        assertEquals(AlertStatus.OPEN, a.status);
        assertEquals(north.id, a.teamId);
        assertEquals(s.id, a.screenId);
        // the supervisor sees it on the team's and the site's list; the other team does not
        assertEquals(1, f.alerts.team(supervisor, north.id, null, PageRequest.of(0, 20)).items.size());
        assertEquals(1, f.alerts.site(supervisor, f.site, null, PageRequest.of(0, 20)).items.size());
        assertThrows(ForbiddenException.class, () -> f.alerts.team(otherCm, north.id, null, PageRequest.of(0, 20)));
        assertEquals(0, f.alerts.team(otherCm, south.id, null, PageRequest.of(0, 20)).items.size());

        Event raised = events(TraumaEvents.SAFETY_ALERT).get(0);
        assertEquals(a.id, raised.getProperty(TraumaEvents.PROP_ALERT_ID));
        assertEquals(north.id, raised.getProperty(TraumaEvents.PROP_TEAM_ID));
        // no event carries an answer or a score
        for (Event e : f.events) {
            assertFalse(TraumaFixture.props(e).containsKey("answers"), e.getTopic());
            assertFalse(TraumaFixture.props(e).containsKey("score"), e.getTopic());
        }
    }

    @Test
    void aClinicianAcknowledgesWithTheActionTakenOnce() {
        String alertId = f.screens.record(pss, phq9(pat, 0, 2)).alertIds.get(0);
        Acknowledgement ack = new Acknowledgement();
        ack.actionTaken = "Same-day safety assessment; safety plan reviewed with the participant";
        // a peer specialist is on the team but is not a clinician
        assertThrows(ForbiddenException.class, () -> f.alerts.acknowledge(pss, alertId, 1, ack));
        assertThrows(ForbiddenException.class, () -> f.alerts.acknowledge(otherCm, alertId, 1, ack));
        assertThrows(PreconditionRequiredException.class, () -> f.alerts.acknowledge(cm, alertId, NONE, ack));
        assertThrows(PreconditionFailedException.class, () -> f.alerts.acknowledge(cm, alertId, 7, ack));
        Acknowledgement blank = new Acknowledgement();
        blank.actionTaken = "  ";
        assertThrows(ValidationException.class, () -> f.alerts.acknowledge(cm, alertId, 1, blank));
        Acknowledgement terse = new Acknowledgement();
        terse.actionTaken = "x";
        assertThrows(ValidationException.class, () -> f.alerts.acknowledge(cm, alertId, 1, terse));

        Alert done = f.alerts.acknowledge(cm, alertId, 1, ack);
        assertEquals(AlertStatus.ACKNOWLEDGED, done.status);
        assertEquals("cm.north", done.acknowledgedBy);
        assertEquals(ack.actionTaken, done.actionTaken);
        assertEquals(0, f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).items.size());
        assertEquals(1, f.alerts.team(cm, north.id, AlertStatus.ACKNOWLEDGED, PageRequest.of(0, 20)).items.size());
        assertThrows(ConflictException.class, () -> f.alerts.acknowledge(supervisor, alertId, done.version, ack));
        assertEquals(1, events(TraumaEvents.ALERT_ACKNOWLEDGED).size());
        AuditQuery q = new AuditQuery();
        q.participantId = pat;
        q.action = "UPDATE";
        assertTrue(f.platform.audit.query(ADMIN, q, PageRequest.of(0, 50)).items.stream()
                .anyMatch(r -> alertId.equals(r.resourceId) && r.outcome == AuditOutcome.SUCCESS
                        && "cm.north".equals(r.actor)), "the acknowledgement is audited");
    }

    @Test
    void anOpenAlertStaysOnTheTeamsListAfterADischargeAndFollowsAMoveAtIntake() {
        String alertId = f.screens.record(pss, phq9(pat, 0, 1)).alertIds.get(0);
        Enrollment e = f.registry.enrollments.list(ADMIN, null, PageRequest.of(0, 200)).items.stream()
                .filter(x -> x.participantId.equals(pat)).findFirst().get();
        StatusChange out = new StatusChange();
        out.status = EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.registry.enrollments.changeStatus(ADMIN, e.id, e.version, out);
        assertEquals(List.of(alertId), alertIds(f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).items));
        assertEquals(north.id, f.alerts.get(supervisor, alertId).teamId);

        // raised at intake, before any enrollment: on the team's list once the participant is enrolled
        String intake = f.registry.participants.create(ADMIN,
                RegistryFixture.participant("Lee", "Intake", LocalDate.of(1991, 2, 2))).id;
        String early = f.screens.record(supervisor, phq9(intake, 0, 3)).alertIds.get(0);
        assertEquals(List.of(alertId), alertIds(f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).items));
        // on no team yet, so the site where it was raised sees it (the attack found it on no list at all)
        assertTrue(alertIds(f.alerts.site(supervisor, f.site, null, PageRequest.of(0, 20)).items).contains(early));
        assertEquals(f.site, f.alerts.get(supervisor, early).site);
        // a Case Manager of another site screening the same person at intake: that site's list
        f.registry.staffMember("cm.elsewhere", StaffRole.CASE_MANAGER, "Other Site");
        f.registry.staffMember("sup.elsewhere", StaffRole.CLINICAL_SUPERVISOR, "Other Site");
        String otherSite = f.screens.record(TestActors.of("cm.elsewhere", Role.CASE_MANAGER), phq9(intake, 0, 1))
                .alertIds.get(0);
        assertEquals(List.of(otherSite), alertIds(f.alerts.site(TestActors.of("sup.elsewhere", Role.CLINICAL_SUPERVISOR),
                "Other Site", null, PageRequest.of(0, 20)).items));
        assertFalse(alertIds(f.alerts.site(supervisor, f.site, null, PageRequest.of(0, 20)).items).contains(otherSite));
        Enrollment enrol = RegistryFixture.enrollment(intake, south.id);
        enrol.startDate = TODAY;
        enrol.status = EnrollmentStatus.ENROLLED;
        f.registry.enrollments.create(ADMIN, enrol);
        assertEquals(java.util.Set.of(early, otherSite),
                java.util.Set.copyOf(alertIds(f.alerts.team(otherCm, south.id, null, PageRequest.of(0, 20)).items)));
    }

    private static List<String> alertIds(List<Alert> alerts) {
        return alerts.stream().map(a -> a.id).collect(Collectors.toList());
    }

    @Test
    void siteCutoffsOutOfTheScoresReachAreLeftOut() {
        for (String bad : List.of("pc-ptsd-5.positive=99", "pc-ptsd-5.positive=0", "pc-ptsd-5.nope=2")) {
            TraumaFixture g = new TraumaFixture(CLOCK, new TraumaSettings(90, TraumaSettings.parse(new String[] {bad})));
            Actor c = g.person("cm.g", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
            g.person("pss.g", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
            String p = g.enrolled("Nakamura", g.team("G", "cm.g", "pss.g"), TODAY.minusDays(3));
            Screen three = g.screens.record(c, pcPtsd5(p, 3));
            assertTrue(three.result.positive, bad);
            assertEquals(3, (int) three.result.cutoffs.get(0).rules.get(0).atLeast, bad);
            Screen none = g.screens.record(c, completed(p, "pc-ptsd-5", "exposure", 0));
            assertFalse(none.result.positive, bad);
        }
    }

    @Test
    void aNewVersionKeepsTheDomainAndTheSafetyFlags() {
        Instrument noFlag = f.instruments.get(ADMIN, "phq-9", null);
        noFlag.flags = new java.util.ArrayList<>();
        UnprocessableException dropped = assertThrows(UnprocessableException.class, () -> f.instruments.load(ADMIN, noFlag));
        assertEquals(List.of("flags"), fields(dropped));
        Instrument hijack = f.instruments.get(ADMIN, "gad-7", null);
        hijack.id = "phq-9";
        UnprocessableException other = assertThrows(UnprocessableException.class, () -> f.instruments.load(ADMIN, hijack));
        assertTrue(fields(other).contains("domain"), other.errors().toString());
        assertEquals(1, (int) f.instruments.get(ADMIN, "phq-9", null).version);
        // nor weaken the flag (the second attack switched item 9's alert off each of these ways)
        java.util.function.Consumer<java.util.function.Consumer<Instrument>> refused = change -> {
            Instrument v = f.instruments.get(ADMIN, "phq-9", null);
            change.accept(v);
            assertThrows(UnprocessableException.class, () -> f.instruments.load(ADMIN, v));
        };
        refused.accept(v -> v.flags.get(0).item = "1");
        refused.accept(v -> v.flags.get(0).atLeast = 3);
        refused.accept(v -> v.items.get(8).required = false);
        refused.accept(v -> {
            v.items.get(8).enableWhen = new org.missioncj.instrument.api.dto.Condition();
            v.items.get(8).enableWhen.item = "1";
            v.items.get(8).enableWhen.values = new java.util.ArrayList<>(List.of(3));
        });
        refused.accept(v -> v.items.get(8).options.forEach(o -> o.value = o.value == 0 ? 9 : o.value));
        assertEquals(1, (int) f.instruments.get(ADMIN, "phq-9", null).version);
        Instrument reworded = f.instruments.get(ADMIN, "phq-9", null);
        reworded.flags.get(0).text = "Assess safety today, with the supervisor";
        assertEquals(2, (int) f.instruments.load(ADMIN, reworded).version);
    }

    @Test
    void aSignInWithoutAStaffRecordDoesNotScreen() {
        Actor nobody = TestActors.of("no.staff.record", Role.CASE_MANAGER);
        String intake = f.registry.participants.create(ADMIN,
                RegistryFixture.participant("Ari", "Nostaff", LocalDate.of(1992, 3, 3))).id;
        assertThrows(ForbiddenException.class, () -> f.screens.record(nobody, phq9(intake, 0, 2)));
    }

    @Test
    void item9AtZeroRaisesNothing() {
        Screen s = f.screens.record(cm, phq9(pat, 3, 0));
        assertEquals(24, s.result.scores.get(0).value);
        assertFalse(s.result.safety);
        assertTrue(s.alertIds.isEmpty());
        assertEquals(0, f.alerts.team(cm, north.id, null, PageRequest.of(0, 20)).items.size());
        assertTrue(events(TraumaEvents.SAFETY_ALERT).isEmpty());
    }

    @Test
    void aDeclinedScreenIsDeclinedNotZero() {
        Screen d = new Screen();
        d.participantId = pat;
        d.instrumentId = "pc-ptsd-5";
        d.status = ScreenStatus.DECLINED;
        d.declineReason = "Not today";
        Screen s = f.screens.record(pss, d);
        assertEquals(ScreenStatus.DECLINED, s.status);
        assertNull(s.result);
        assertTrue(s.answers.isEmpty());
        assertNull(s.rescreenDue);
        Screen read = f.screens.get(cm, s.id);
        assertNull(read.result);
        assertEquals("Not today", read.declineReason);
        assertThrows(NotFoundException.class, () -> f.screens.questionnaireResponse(cm, s.id));

        Screen withAnswers = completed(pat, "pc-ptsd-5", "exposure", 0);
        withAnswers.status = ScreenStatus.DECLINED;
        ValidationException e = assertThrows(ValidationException.class, () -> f.screens.record(pss, withAnswers));
        assertTrue(e.getMessage().contains("answers"), e.getMessage());
    }

    @Test
    void badAnswersAre422NamingTheItem() {
        UnprocessableException outside = assertThrows(UnprocessableException.class,
                () -> f.screens.record(cm, phq9(pat, 1, 4)));
        assertEquals(List.of("answers.9"), fields(outside));
        Screen missing = phq9(pat, 1, 0);
        missing.answers.remove("3");
        assertEquals(List.of("answers.3"), fields(assertThrows(UnprocessableException.class,
                () -> f.screens.record(cm, missing))));
        // nothing half-written: no screen, no alert
        assertEquals(0, f.screens.list(cm, pat, PageRequest.of(0, 20)).totalItems);
    }

    private static List<String> fields(UnprocessableException e) {
        return e.errors().stream().map((FieldError x) -> x.field).collect(Collectors.toList());
    }

    @Test
    void unknownInstrumentsAndVersionsAre404() {
        assertThrows(NotFoundException.class, () -> f.screens.record(cm, completed(pat, "no-such-thing", "1", 0)));
        Screen v9 = phq9(pat, 0, 0);
        v9.instrumentVersion = 9;
        NotFoundException e = assertThrows(NotFoundException.class, () -> f.screens.record(cm, v9));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
        assertThrows(NotFoundException.class, () -> f.instruments.get(cm, "phq-9", 2));
    }

    @Test
    void aNewVersionOfAnInstrumentNeverRescoresOldResults() {
        Screen before = f.screens.record(cm, phq9(pat, 1, 0));
        assertEquals("Mild", before.result.scores.get(0).band);

        Instrument changed = f.instruments.get(ADMIN, "phq-9", null);
        changed.scores.get(0).bands = new java.util.ArrayList<>(List.of(new Band(0, "Low"), new Band(20, "High")));
        Instrument v2 = f.instruments.load(ADMIN, changed);
        assertEquals(2, (int) v2.version);
        assertEquals("SITE", v2.origin);

        Screen after = f.screens.record(cm, phq9(pat, 1, 0));
        assertEquals(2, (int) after.instrumentVersion);
        assertEquals("Low", after.result.scores.get(0).band);
        Screen old = f.screens.get(cm, before.id);
        assertEquals(1, (int) old.instrumentVersion);
        assertEquals("Mild", old.result.scores.get(0).band);
        // an old version can still be used by asking for it
        Screen v1 = phq9(pat, 1, 0);
        v1.instrumentVersion = 1;
        assertEquals("Mild", f.screens.record(cm, v1).result.scores.get(0).band);
        // only program admins load
        assertThrows(ForbiddenException.class, () -> f.instruments.load(supervisor, changed));
    }

    @Test
    void aSiteDefinedSafetyFlagRaisesAnAlertToo() {
        Instrument own = f.instruments.get(ADMIN, "gad-7", null);
        own.id = "site-anxiety-check";
        own.title = "Site anxiety check";
        Flag flag = new Flag();
        flag.id = "panic";
        flag.title = "Panic at the interview";
        flag.kind = Flag.Kind.SAFETY;
        flag.item = "5";
        flag.atLeast = 3;
        flag.text = "See the clinician on duty before the participant leaves";
        own.flags = new java.util.ArrayList<>(List.of(flag));
        assertEquals(1, (int) f.instruments.load(ADMIN, own).version);
        Screen s = completed(pat, "site-anxiety-check", "1", 0, "2", 0, "3", 0, "4", 0, "5", 3, "6", 0, "7", 0);
        Screen recorded = f.screens.record(pss, s);
        assertEquals(1, recorded.alertIds.size());
        Alert a = f.alerts.get(cm, recorded.alertIds.get(0));
        assertEquals("panic", a.flagId);
        assertEquals("Panic at the interview", a.title);
        assertEquals(1, events(TraumaEvents.SAFETY_ALERT).size());
        s.answers.put("5", 2);
        assertTrue(f.screens.record(pss, s).alertIds.isEmpty());
    }

    @Test
    void aBrokenDefinitionIsRefusedNamingTheProblem() {
        Instrument broken = f.instruments.get(ADMIN, "gad-7", null);
        broken.scores.get(0).items.add("99");
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.instruments.load(ADMIN, broken));
        assertFalse(e.errors().isEmpty());
        assertEquals(1, (int) f.instruments.get(ADMIN, "gad-7", null).version);
    }

    @Test
    void aPositiveTraumaScreenSchedulesARescreenAndPostsAnEvent() {
        Screen s = f.screens.record(pss, pcPtsd5(pat, 3));
        assertTrue(s.result.positive);
        assertEquals(TODAY.plusDays(90), s.rescreenDue);
        Event positive = events(TraumaEvents.TRAUMA_SCREEN_POSITIVE).get(0);
        assertEquals(s.id, positive.getProperty(TraumaEvents.PROP_SCREEN_ID));
        assertEquals(TODAY.plusDays(90).toString(), positive.getProperty(TraumaEvents.PROP_RESCREEN_DUE));
        List<RescreenDue> due = f.screens.rescreensDue(cm, north.id, PageRequest.of(0, 20)).items;
        assertEquals(1, due.size());
        assertEquals(TODAY.plusDays(90), due.get(0).dueDate);
        assertFalse(due.get(0).overdue);

        // two yes answers: negative, no event; the rescreen it was is done
        Screen negative = f.screens.record(pss, pcPtsd5(pat, 2));
        assertFalse(negative.result.positive);
        assertNull(negative.rescreenDue);
        assertEquals(1, events(TraumaEvents.TRAUMA_SCREEN_POSITIVE).size());
        assertEquals(0, f.screens.rescreensDue(cm, north.id, PageRequest.of(0, 20)).items.size());
        // a positive depression screen is not a trauma screen
        f.screens.record(pss, phq9(pat, 3, 0));
        assertEquals(1, events(TraumaEvents.TRAUMA_SCREEN_POSITIVE).size());
    }

    @Test
    void theSitesCutoffIsAppliedAndKept() {
        TraumaFixture four = new TraumaFixture(CLOCK, new TraumaSettings(60,
                TraumaSettings.parse(new String[] {"pc-ptsd-5.positive=4"})));
        Actor cmHere = four.person("cm.here", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        four.person("pss.here", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        Team t = four.team("Here", "cm.here", "pss.here");
        String p = four.enrolled("Okafor", t, TODAY.minusDays(10));
        Screen three = four.screens.record(cmHere, pcPtsd5(p, 3));
        assertFalse(three.result.positive);
        assertEquals(4, (int) three.result.cutoffs.get(0).rules.get(0).atLeast);
        Screen fourYes = four.screens.record(cmHere, pcPtsd5(p, 4));
        assertTrue(fourYes.result.positive);
        assertEquals(TODAY.plusDays(60), fourYes.rescreenDue);
    }

    @Test
    void settingsThatDoNotParseAreLeftOut() {
        Map<String, Map<String, Integer>> parsed = TraumaSettings.parse(new String[] {"pc-ptsd-5.positive=four",
            "nonsense", "pcl-5.probable-ptsd = 31, audit-c.positive-women=4", ""});
        assertEquals(Map.of("pcl-5", Map.of("probable-ptsd", 31), "audit-c", Map.of("positive-women", 4)), parsed);
    }

    @Test
    void whoScreens() {
        assertThrows(ForbiddenException.class, () -> f.screens.record(ADMIN, phq9(pat, 0, 0)));
        assertThrows(ForbiddenException.class, () -> f.screens.record(otherCm, phq9(pat, 0, 0)));
        assertThrows(ForbiddenException.class, () -> f.screens.record(RegistryFixture.LIAISON, phq9(pat, 0, 0)));
        assertEquals(ScreenStatus.COMPLETED, f.screens.record(navigator, phq9(pat, 0, 0)).status);
        assertThrows(ForbiddenException.class, () -> f.screens.get(otherCm, "no-such-screen"));
        assertThrows(NotFoundException.class, () -> f.screens.get(ADMIN, "no-such-screen"));
        Screen future = phq9(pat, 0, 0);
        future.screenDate = TODAY.plusDays(1);
        assertThrows(UnprocessableException.class, () -> f.screens.record(cm, future));
        Screen longAgo = phq9(pat, 0, 0);
        longAgo.screenDate = LocalDate.of(1900, 1, 1);
        assertThrows(UnprocessableException.class, () -> f.screens.record(cm, longAgo));
    }

    @Test
    void preferencesAreTheTeamsAlone() {
        TraumaPreferences p = new TraumaPreferences();
        p.preferredStaffGender = StaffGender.WOMAN;
        p.knownTriggers = "Raised voices; doors closed behind them";
        p.preferredSetting = "Community office, near the door";
        p.crisisHelp = "Slow breathing; call their sister";
        TraumaPreferences stored = f.preferences.set(cm, pat, NONE, p);
        assertEquals(1, stored.version);
        assertEquals(StaffGender.WOMAN, f.preferences.get(pss, pat).preferredStaffGender);
        for (Actor outsider : List.of(supervisor, navigator, ADMIN, otherCm)) {
            assertThrows(ForbiddenException.class, () -> f.preferences.get(outsider, pat), outsider.username());
            assertThrows(ForbiddenException.class, () -> f.preferences.set(outsider, pat, 1, p), outsider.username());
        }
        // break-the-glass opens the record, not the preferences
        f.registry.access.breakGlass(otherCm, pat, "Covering for North today, crisis call");
        ForbiddenException still = assertThrows(ForbiddenException.class, () -> f.preferences.get(otherCm, pat));
        assertFalse(still.getMessage().contains("break-glass"), "no hint that cannot help: " + still.getMessage());

        assertThrows(PreconditionRequiredException.class, () -> f.preferences.set(pss, pat, NONE, p));
        p.crisisHelp = "Call their sister first";
        assertEquals(2, f.preferences.set(pss, pat, 1, p).version);
        assertThrows(PreconditionFailedException.class, () -> f.preferences.set(pss, pat, 1, p));

        String intake = f.registry.participants.create(ADMIN,
                RegistryFixture.participant("Sam", "Intake", LocalDate.of(1990, 5, 5))).id;
        assertThrows(UnprocessableException.class, () -> f.preferences.set(cm, intake, NONE, p));
        assertThrows(NotFoundException.class, () -> f.preferences.get(cm, intake));
    }

    @Test
    void theReportSaysScreeningWasDoneAndWhenNeverWhatItFound() {
        Screen declined = new Screen();
        declined.participantId = pat;
        declined.instrumentId = "pcl-5";
        declined.status = ScreenStatus.DECLINED;
        declined.screenDate = TODAY.minusDays(5);
        f.screens.record(cm, declined);
        Screen phq = phq9(pat, 3, 2);
        phq.screenDate = TODAY.minusDays(2);
        f.screens.record(cm, phq);
        ReportContent c = f.report.render(pat, TODAY.minusDays(30), TODAY);
        String all = c.summary + c.facts.stream().map(x -> x.label + "=" + x.value).collect(Collectors.joining(";"))
                + c.rows;
        assertTrue(all.contains("Screens completed in the period=1"), all);
        assertTrue(all.contains("Screens declined in the period=1"), all);
        assertTrue(all.contains(TODAY.minusDays(5).toString()), all);
        assertTrue(all.contains(TODAY.minusDays(2).toString()), all);
        for (String secret : List.of("PHQ", "phq", "PCL", "Total", "score", "Severe", "self-harm", "alert", "Alert", "positive")) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
        // a period before them says nothing happened
        assertEquals("No screening during the period.", f.report.render(pat, TODAY.minusDays(60), TODAY.minusDays(31)).summary);
    }
}
