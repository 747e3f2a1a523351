package org.missioncj.drt.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.drt.impl.DrtFixture.ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.drt.api.DrtCategories;
import org.missioncj.drt.api.DrtEvents;
import org.missioncj.drt.api.dto.Attendance;
import org.missioncj.drt.api.dto.DrtProgress;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.SessionGap;
import org.missioncj.drt.api.dto.SessionSetting;
import org.missioncj.drt.api.dto.WorkbookReview;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/** DRT's services on the test kit: recording, its refusals, progress per participant, team and site, the report. */
class DrtServicesTest {
    /** Sunday 2026-03-15, 11:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private DrtFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Actor supervisor;
    private Actor navigator;
    private Team north;
    private Team south;

    @BeforeEach
    void setUp() {
        f = new DrtFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        supervisor = f.person("sup.site", StaffRole.CLINICAL_SUPERVISOR, Role.CLINICAL_SUPERVISOR);
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        north = f.team("North", "cm.north", "pss.north");
        south = f.team("South", "cm.south", "pss.south");
    }

    private DrtSession session(String participantId, int number, LocalDate day, Attendance attendance) {
        DrtSession s = new DrtSession();
        s.participantId = participantId;
        s.catalogSessionId = String.format("drt-mission-cj-%02d", number);
        s.sessionDate = day;
        s.caseManagerId = f.staffId("cm.north");
        s.attendance = attendance;
        s.minutes = 50;
        s.setting = SessionSetting.COMMUNITY;
        return s;
    }

    private DrtSession record(String participantId, int number, LocalDate day, Attendance attendance) {
        return f.sessions.record(cm, session(participantId, number, day, attendance));
    }

    /** A session the south team's Case Manager delivered and records. */
    private DrtSession recordSouth(String participantId, int number, LocalDate day, Attendance attendance) {
        DrtSession s = session(participantId, number, day, attendance);
        s.caseManagerId = f.staffId("cm.south");
        return f.sessions.record(otherCm, s);
    }

    @Test
    void aRecordedSessionKeepsTheCatalogVersionItUsedAndPostsAnEvent() {
        String p = f.enrolled("Abernathy", north, TODAY.minusDays(40));
        DrtSession s = session(p, 4, TODAY.minusDays(2), Attendance.ATTENDED);
        s.homeworkSet = true;
        s.homework = "Write down three recovery goals";
        s.setting = SessionSetting.JAIL;
        DrtSession first = f.sessions.record(cm, s);
        assertEquals(1, first.catalogVersion);
        assertEquals(1, first.version);
        assertFalse(first.pssReviewedWorkbook);
        assertEquals("Write down three recovery goals", first.homework);

        Event e = f.events.stream().filter(x -> x.getTopic().equals(DrtEvents.SESSION_RECORDED)).findFirst().get();
        assertEquals(first.id, e.getProperty(DrtEvents.PROP_SESSION_ID));
        assertEquals(p, e.getProperty(DrtEvents.PROP_PARTICIPANT_ID));
        assertEquals("drt-mission-cj-04", e.getProperty(DrtEvents.PROP_CATALOG_SESSION_ID));
        assertEquals(1, e.getProperty(DrtEvents.PROP_CATALOG_VERSION));
        assertEquals("ATTENDED", e.getProperty(DrtEvents.PROP_ATTENDANCE));
        assertEquals(TODAY.minusDays(2).toString(), e.getProperty(DrtEvents.PROP_SESSION_DATE));
        assertEquals(first.enrollmentId, e.getProperty(DrtEvents.PROP_ENROLLMENT_ID));
        assertEquals(north.id, e.getProperty(DrtEvents.PROP_TEAM_ID));
        assertEquals(f.site, e.getProperty(DrtEvents.PROP_SITE));
        assertEquals("cm.north", e.getProperty(DrtEvents.PROP_ACTOR));

        CatalogSession reword = f.catalog.get(ADMIN, "drt-mission-cj-04");
        reword.title = "Developing Your Personal Recovery Plan";
        CatalogSession reworded = f.catalog.reword(ADMIN, reword.id, reword.version, reword);
        assertEquals(2, reworded.version);
        assertEquals(1, f.sessions.get(cm, first.id).catalogVersion, "a delivered session keeps the version it used");
        DrtSession later = record(p, 4, TODAY.minusDays(1), Attendance.PARTLY);
        assertEquals(2, later.catalogVersion);
        // the reworded session is the same session: done once
        assertEquals(1, f.progress.progress(cm, p).sessionsDone);
    }

    @Test
    void onlyCaseManagersAndClinicalSupervisorsRecordWhateverTheBody() {
        String p = f.enrolled("Bellweather", north, TODAY.minusDays(10));
        for (Actor other : List.of(pss, navigator, ADMIN, TestActors.LIAISON, TestActors.PRIVACY)) {
            assertThrows(ForbiddenException.class, () -> f.sessions.record(other, new DrtSession()), other.username());
            assertThrows(ForbiddenException.class, () -> f.sessions.record(other, null), other.username());
            assertThrows(ForbiddenException.class, () -> f.sessions.record(other, session(p, 1, TODAY, Attendance.ATTENDED)),
                    other.username());
        }
        assertThrows(ForbiddenException.class, () -> f.sessions.record(otherCm, session(p, 1, TODAY, Attendance.ATTENDED)),
                "a Case Manager of another team");
        DrtSession unknown = session("no-such-participant", 1, TODAY, Attendance.ATTENDED);
        assertThrows(ForbiddenException.class, () -> f.sessions.record(cm, unknown), "answered like another team's");
        // the site's supervisor records for the team's Case Manager
        DrtSession bySupervisor = f.sessions.record(supervisor, session(p, 1, TODAY, Attendance.ATTENDED));
        assertEquals(f.staffId("cm.north"), bySupervisor.caseManagerId);
        assertEquals("sup.site", bySupervisor.createdBy);
        DrtSession forSouth = session(p, 2, TODAY, Attendance.ATTENDED);
        forSouth.caseManagerId = f.staffId("cm.south");
        UnprocessableException notTheTeams = assertThrows(UnprocessableException.class,
                () -> f.sessions.record(supervisor, forSouth));
        assertTrue(notTheTeams.getMessage().contains("not the Case Manager of the participant's team (North)"),
                notTheTeams.getMessage());
        // refusals are audited
        AuditQuery q = new AuditQuery();
        q.component = "drt";
        q.outcome = AuditOutcome.DENIED;
        assertTrue(f.audit.query(ADMIN, q, PageRequest.of(0, 50)).totalItems >= 16);
    }

    @Test
    void theCaseManagerNamedMustBeACaseManagerOfTheTeamOrTheCaller() {
        String p = f.enrolled("Castellano", north, TODAY.minusDays(10));
        DrtSession byPss = session(p, 1, TODAY, Attendance.ATTENDED);
        byPss.caseManagerId = f.staffId("pss.north");
        UnprocessableException pssNamed = assertThrows(UnprocessableException.class, () -> f.sessions.record(cm, byPss));
        assertTrue(pssNamed.getMessage().contains("is a PEER_SPECIALIST"), pssNamed.getMessage());
        DrtSession ghost = session(p, 1, TODAY, Attendance.ATTENDED);
        ghost.caseManagerId = "no-such-staff";
        assertThrows(UnprocessableException.class, () -> f.sessions.record(cm, ghost));
        DrtSession south = session(p, 1, TODAY, Attendance.ATTENDED);
        south.caseManagerId = f.staffId("cm.south");
        assertThrows(UnprocessableException.class, () -> f.sessions.record(cm, south), "another team's CM, named by this one");
        // a Case Manager covering for the team (break the glass) records a session they delivered themself
        f.registry.access.breakGlass(otherCm, p, "covering the north team's sessions this week");
        DrtSession covered = f.sessions.record(otherCm, south);
        assertEquals(f.staffId("cm.south"), covered.caseManagerId);
    }

    @Test
    void aCatalogSessionMustBeACurrentDrtOne() {
        String p = f.enrolled("Delacroix", north, TODAY.minusDays(10));
        DrtSession unknown = session(p, 1, TODAY, Attendance.ATTENDED);
        unknown.catalogSessionId = "drt-no-such-session";
        assertThrows(NotFoundException.class, () -> f.sessions.record(cm, unknown));
        DrtSession peer = session(p, 1, TODAY, Attendance.ATTENDED);
        peer.catalogSessionId = "peer-mission-cj-01";
        assertThrows(NotFoundException.class, () -> f.sessions.record(cm, peer), "a peer-led session is no DRT session");
        CatalogSession eight = f.catalog.get(ADMIN, "drt-mission-cj-08");
        f.catalog.retire(ADMIN, eight.id, eight.version, "Covered by the site's anger group");
        UnprocessableException retired = assertThrows(UnprocessableException.class,
                () -> f.sessions.record(cm, session(p, 8, TODAY, Attendance.ATTENDED)));
        assertTrue(retired.getMessage().contains("retired"), retired.getMessage());
        // an edition the program has not put in use is not delivered (attack on issue 11: it was, and counted)
        CatalogEdition next = new CatalogEdition();
        next.curriculum = Curriculum.DRT;
        next.code = "next";
        next.title = "A later edition";
        next.basedOn = "mission-cj";
        f.catalog.addEdition(ADMIN, next);
        DrtSession other = session(p, 1, TODAY, Attendance.ATTENDED);
        other.catalogSessionId = "drt-next-01";
        UnprocessableException notInUse = assertThrows(UnprocessableException.class, () -> f.sessions.record(cm, other));
        assertTrue(notInUse.getMessage().contains("edition in use"), notInUse.getMessage());
    }

    @Test
    void theDayMustFallBetweenTheEnrollmentStartAndToday() {
        String p = f.enrolled("Ellsworth", north, LocalDate.of(2026, 3, 1));
        UnprocessableException future = assertThrows(UnprocessableException.class,
                () -> record(p, 1, TODAY.plusDays(1), Attendance.ATTENDED));
        assertTrue(future.getMessage().contains("in the future"), future.getMessage());
        UnprocessableException before = assertThrows(UnprocessableException.class,
                () -> record(p, 1, LocalDate.of(2026, 2, 28), Attendance.ATTENDED));
        assertTrue(before.getMessage().contains("before the enrollment started on 2026-03-01"), before.getMessage());
        assertEquals(LocalDate.of(2026, 3, 1), record(p, 1, LocalDate.of(2026, 3, 1), Attendance.ATTENDED).sessionDate);
        assertEquals(TODAY, record(p, 2, TODAY, Attendance.ATTENDED).sessionDate);
    }

    @Test
    void withoutAnOpenEnrollmentNothingIsRecorded() {
        String intake = f.registry.participants.create(ADMIN, org.missioncj.registry.impl.RegistryFixture.participant("Ira",
                "Fairbanks", LocalDate.of(1981, 2, 2))).id;
        UnprocessableException none = assertThrows(UnprocessableException.class,
                () -> record(intake, 1, TODAY, Attendance.ATTENDED));
        assertTrue(none.getMessage().contains("no ENROLLED or ACTIVE enrollment"), none.getMessage());
        String p = f.enrolled("Galbraith", north, TODAY.minusDays(10));
        end(p);
        assertThrows(UnprocessableException.class, () -> record(p, 1, TODAY, Attendance.ATTENDED));
    }

    @Test
    void anEnrollmentWhoseEventWasLostIsCaughtUpByTheFirstWriteOrRead() {
        f.delivering(false);
        String p = f.enrolled("Hollis", north, TODAY.minusDays(10));
        String q = f.enrolled("Hollister", north, TODAY.minusDays(10));
        assertEquals(1, record(p, 1, TODAY, Attendance.ATTENDED).catalogVersion);
        assertEquals(0, f.progress.progress(cm, q).sessionsDone);
        assertEquals(0, f.sync.reconcile(), "both were brought in by the write and the read");
        f.enrolled("Ingram", north, TODAY.minusDays(10));
        assertEquals(1, f.sync.reconcile());
        f.delivering(true);
    }

    @Test
    void badInputIsRefusedWithEveryField() {
        String p = f.enrolled("Jessup", north, TODAY.minusDays(10));
        ValidationException missing = assertThrows(ValidationException.class, () -> f.sessions.record(cm, new DrtSession()));
        assertEquals(List.of("participantId", "catalogSessionId", "sessionDate", "caseManagerId", "attendance", "setting"),
                missing.errors().stream().map(e -> e.field).collect(Collectors.toList()));
        DrtSession s = session(p, 1, TODAY, Attendance.ATTENDED);
        s.minutes = 601;
        s.homework = "x".repeat(201);
        ValidationException bad = assertThrows(ValidationException.class, () -> f.sessions.record(cm, s));
        assertEquals(List.of("minutes", "homework", "homework"),
                bad.errors().stream().map(e -> e.field).collect(Collectors.toList()));
        s.minutes = 600;
        s.homework = "Practice the refusal skill twice";
        assertThrows(ValidationException.class, () -> f.sessions.record(cm, s), "homework without homeworkSet");
        s.homeworkSet = true;
        assertEquals(600, f.sessions.record(cm, s).minutes);
        s.minutes = -1;
        assertThrows(ValidationException.class, () -> f.sessions.record(cm, s));
        s.minutes = 0;
        assertEquals(0, f.sessions.record(cm, s).minutes);
    }

    @Test
    void theWorkbookReviewIsSetLaterAgainstTheVersionRead() {
        String p = f.enrolled("Kowalczyk", north, TODAY.minusDays(10));
        DrtSession s = record(p, 5, TODAY.minusDays(3), Attendance.ATTENDED);
        Actor southPss = TestActors.of("pss.south", Role.PEER_SPECIALIST);
        assertThrows(ForbiddenException.class, () -> f.sessions.reviewWorkbook(southPss, s.id,
                PreconditionRequiredException.MISSING_VERSION, new WorkbookReview(true)), "403 before 428");
        assertThrows(ForbiddenException.class, () -> f.sessions.reviewWorkbook(ADMIN, s.id, 1, new WorkbookReview(true)));
        assertThrows(ForbiddenException.class, () -> f.sessions.reviewWorkbook(pss, "no-such-session", 1,
                new WorkbookReview(true)));
        assertThrows(PreconditionRequiredException.class, () -> f.sessions.reviewWorkbook(pss, s.id,
                PreconditionRequiredException.MISSING_VERSION, new WorkbookReview(true)));
        assertThrows(ValidationException.class, () -> f.sessions.reviewWorkbook(pss, s.id, 1, new WorkbookReview()));
        DrtSession reviewed = f.sessions.reviewWorkbook(pss, s.id, 1, new WorkbookReview(true));
        assertTrue(reviewed.pssReviewedWorkbook);
        assertEquals(2, reviewed.version);
        assertEquals("pss.north", reviewed.updatedBy);
        assertEquals(1, reviewed.catalogVersion);
        assertThrows(PreconditionFailedException.class, () -> f.sessions.reviewWorkbook(cm, s.id, 1,
                new WorkbookReview(false)));
        assertFalse(f.sessions.reviewWorkbook(cm, s.id, 2, new WorkbookReview(false)).pssReviewedWorkbook);
    }

    @Test
    void aParticipantsSessionsAreListedNewestFirstAndStayReadableAfterTheEnrollmentEnds() {
        String p = f.enrolled("Lindqvist", north, TODAY.minusDays(60));
        for (int i = 1; i <= 5; i++) {
            record(p, i, TODAY.minusDays(50 - i * 7), i == 3 ? Attendance.NO_SHOW : Attendance.ATTENDED);
        }
        Page<DrtSession> first = f.sessions.list(pss, p, PageRequest.of(0, 2));
        assertEquals(5, first.totalItems);
        assertEquals(List.of(TODAY.minusDays(15), TODAY.minusDays(22)),
                first.items.stream().map(s -> s.sessionDate).collect(Collectors.toList()));
        assertEquals(TODAY.minusDays(43), f.sessions.list(pss, p, PageRequest.of(2, 2)).items.get(0).sessionDate);
        assertThrows(ForbiddenException.class, () -> f.sessions.list(otherCm, p, PageRequest.of(0, 2)));
        assertThrows(ForbiddenException.class, () -> f.sessions.get(otherCm, first.items.get(0).id));
        assertThrows(ForbiddenException.class, () -> f.sessions.get(cm, "no-such-session"));
        assertThrows(NotFoundException.class, () -> f.sessions.get(ADMIN, "no-such-session"));
        end(p);
        assertEquals(5, f.sessions.list(cm, p, PageRequest.of(0, 10)).totalItems);
        DrtProgress afterwards = f.progress.progress(cm, p);
        assertEquals(4, afterwards.sessionsDone, "the latest enrollment's progress once none is open");
    }

    @Test
    void progressCountsDistinctCurrentSessionsAttendedOrPartlyAttended() {
        String p = f.enrolled("Mercer", north, TODAY.minusDays(60));
        DrtProgress none = f.progress.progress(cm, p);
        assertEquals(0, none.sessionsDone);
        assertEquals(13, none.sessionsTotal);
        assertEquals("drt-mission-cj-01", none.nextSessionId);
        assertEquals(1, none.nextSessionNumber);
        assertNull(none.lastSessionDate);
        assertNull(none.daysSinceLast);

        record(p, 1, TODAY.minusDays(40), Attendance.ATTENDED);
        record(p, 1, TODAY.minusDays(33), Attendance.PARTLY); // held again: still one done
        record(p, 3, TODAY.minusDays(26), Attendance.PARTLY);
        record(p, 2, TODAY.minusDays(19), Attendance.NO_SHOW);
        record(p, 2, TODAY.minusDays(12), Attendance.CANCELLED);
        record(p, 4, TODAY.minusDays(9), Attendance.ATTENDED);
        record(p, 5, TODAY.minusDays(2), Attendance.NO_SHOW);
        DrtProgress progress = f.progress.progress(pss, p);
        assertEquals(3, progress.sessionsDone);
        assertEquals(13, progress.sessionsTotal);
        assertEquals(2, progress.nextSessionNumber, "the lowest number not done");
        assertEquals("drt-mission-cj-02", progress.nextSessionId);
        assertEquals(TODAY.minusDays(9), progress.lastSessionDate, "a no-show is no session held");
        assertEquals(9, progress.daysSinceLast);
        assertEquals(north.id, progress.teamId);

        // a retired session counts no more, and the catalog counts one fewer
        CatalogSession three = f.catalog.get(ADMIN, "drt-mission-cj-03");
        f.catalog.retire(ADMIN, three.id, three.version, "Merged into session 2");
        DrtProgress afterRetiring = f.progress.progress(cm, p);
        assertEquals(2, afterRetiring.sessionsDone);
        assertEquals(12, afterRetiring.sessionsTotal);
        assertThrows(ForbiddenException.class, () -> f.progress.progress(otherCm, p));
        assertThrows(ForbiddenException.class, () -> f.progress.progress(TestActors.LIAISON, p));

        for (int i = 1; i <= 13; i++) {
            if (i != 3) {
                record(p, i, TODAY, Attendance.ATTENDED);
            }
        }
        DrtProgress complete = f.progress.progress(cm, p);
        assertEquals(12, complete.sessionsDone);
        assertNull(complete.nextSessionId);
        assertEquals(0, complete.daysSinceLast);
    }

    @Test
    void aCatalogLongerThanAMaskIsCountedAllTheSame() {
        for (int i = 14; i <= 80; i++) {
            CatalogSession local = new CatalogSession();
            local.curriculum = Curriculum.DRT;
            local.number = i;
            local.title = "Local session " + i;
            f.catalog.add(ADMIN, local);
        }
        List<CatalogSession> current = f.catalog.current(ADMIN, Curriculum.DRT);
        assertEquals(80, current.size());
        String p = f.enrolled("Nakamura", north, TODAY.minusDays(60));
        String q = f.enrolled("Nakashima", north, TODAY.minusDays(50));
        record(p, 1, TODAY.minusDays(30), Attendance.ATTENDED);
        for (CatalogSession c : current.subList(60, 80)) {
            DrtSession s = session(p, 1, TODAY.minusDays(20), Attendance.PARTLY);
            s.catalogSessionId = c.id;
            f.sessions.record(cm, s);
        }
        DrtProgress progress = f.progress.progress(cm, p);
        assertEquals(21, progress.sessionsDone);
        assertEquals(80, progress.sessionsTotal);
        assertEquals(2, progress.nextSessionNumber);
        List<DrtProgress> team = f.progress.team(cm, north.id, PageRequest.of(0, 10)).items;
        assertEquals(List.of(21, 0), team.stream().map(x -> x.sessionsDone).collect(Collectors.toList()));
        assertEquals(q, team.get(1).participantId);
    }

    @Test
    void theTeamViewShowsEveryParticipantOnTheCaseloadOnceAndAuditsEachRead() {
        String early = f.enrolled("Oyelaran", north, TODAY.minusDays(90));
        String later = f.enrolled("Pemberton", north, TODAY.minusDays(30));
        String gone = f.enrolled("Quintero", north, TODAY.minusDays(80));
        f.enrolled("Rasmussen", south, TODAY.minusDays(70));
        record(early, 1, TODAY.minusDays(60), Attendance.ATTENDED);
        record(early, 2, TODAY.minusDays(5), Attendance.PARTLY);
        record(later, 1, TODAY.minusDays(3), Attendance.NO_SHOW);
        end(gone);
        Page<DrtProgress> page = f.progress.team(pss, north.id, PageRequest.of(0, 20));
        assertEquals(2, page.totalItems);
        assertEquals(List.of(early, later), page.items.stream().map(x -> x.participantId).collect(Collectors.toList()));
        assertEquals(2, page.items.get(0).sessionsDone);
        assertEquals(3, page.items.get(0).nextSessionNumber);
        assertEquals(5, page.items.get(0).daysSinceLast);
        assertEquals(0, page.items.get(1).sessionsDone);
        assertNull(page.items.get(1).lastSessionDate);
        assertEquals(List.of(later), f.progress.team(cm, north.id, PageRequest.of(1, 1)).items.stream()
                .map(x -> x.participantId).collect(Collectors.toList()));
        assertEquals(2, f.progress.team(supervisor, north.id, PageRequest.of(0, 20)).totalItems, "the site's supervisor");
        assertThrows(ForbiddenException.class, () -> f.progress.team(otherCm, north.id, PageRequest.of(0, 20)));
        assertThrows(NotFoundException.class, () -> f.progress.team(cm, "no-such-team", PageRequest.of(0, 20)));

        AuditQuery reads = new AuditQuery();
        reads.component = "drt";
        reads.actor = "pss.north";
        reads.action = "READ";
        List<AuditRecord> trail = f.audit.query(ADMIN, reads, PageRequest.of(0, 20)).items;
        assertEquals(List.of(later, early).stream().sorted().collect(Collectors.toList()),
                trail.stream().map(r -> r.participantId).sorted().collect(Collectors.toList()));
    }

    @Test
    void theSiteViewListsThoseWithoutASessionInMoreThanThirtyDays() {
        String never = f.enrolled("Szabo", north, TODAY.minusDays(100));
        String thirty = f.enrolled("Thornbury", north, TODAY.minusDays(95));
        String thirtyOne = f.enrolled("Underwood", south, TODAY.minusDays(90));
        String noShowOnly = f.enrolled("Vasquez", south, TODAY.minusDays(85));
        String recent = f.enrolled("Whitcombe", north, TODAY.minusDays(80));
        String ended = f.enrolled("Xu", north, TODAY.minusDays(75));
        record(thirty, 1, TODAY.minusDays(30), Attendance.ATTENDED);
        recordSouth(thirtyOne, 1, TODAY.minusDays(31), Attendance.PARTLY);
        recordSouth(noShowOnly, 1, TODAY.minusDays(45), Attendance.ATTENDED);
        recordSouth(noShowOnly, 2, TODAY.minusDays(3), Attendance.NO_SHOW);
        record(recent, 1, TODAY.minusDays(1), Attendance.ATTENDED);
        end(ended);

        Page<SessionGap> gaps = f.progress.withoutRecentSession(supervisor, f.site, null, PageRequest.of(0, 20));
        assertEquals(List.of(never, thirtyOne, noShowOnly), ids(gaps), "exactly 30 days ago is recent; 31 is not");
        assertEquals(3, gaps.totalItems);
        assertNull(gaps.items.get(0).lastSessionDate);
        assertNull(gaps.items.get(0).daysSinceLast);
        assertEquals(TODAY.minusDays(31), gaps.items.get(1).lastSessionDate);
        assertEquals(31, gaps.items.get(1).daysSinceLast);
        assertEquals(south.id, gaps.items.get(1).teamId);
        assertEquals(45, gaps.items.get(2).daysSinceLast, "the no-show is no session held");
        assertEquals(TODAY.minusDays(90), gaps.items.get(1).enrollmentStart);
        assertFalse(ids(gaps).contains(thirty));
        AuditQuery reads = new AuditQuery();
        reads.component = "drt";
        reads.actor = "sup.site";
        reads.action = "READ";
        assertEquals(List.of(never, thirtyOne, noShowOnly).stream().sorted().collect(Collectors.toList()),
                f.audit.query(ADMIN, reads, PageRequest.of(0, 20)).items.stream().map(r -> r.participantId).sorted()
                        .collect(Collectors.toList()), "one READ per participant listed");

        assertEquals(List.of(never, noShowOnly), ids(f.progress.withoutRecentSession(navigator, f.site, 31,
                PageRequest.of(0, 20))));
        assertEquals(List.of(never, thirty, thirtyOne, noShowOnly), ids(f.progress.withoutRecentSession(ADMIN,
                f.site, 1, PageRequest.of(0, 20))), "yesterday's session is within the last day");

        // paged by key: the same list, page after page
        Page<SessionGap> one = f.progress.withoutRecentSession(supervisor, f.site, 30, PageRequest.of(null, 2, null));
        assertEquals(List.of(never, thirtyOne), ids(one));
        assertEquals(thirtyOne, one.next);
        Page<SessionGap> two = f.progress.withoutRecentSession(supervisor, f.site, 30, PageRequest.of(null, 2, one.next));
        assertEquals(List.of(noShowOnly), ids(two));
        assertNull(two.next);
        assertEquals(3, two.totalItems);
        assertThrows(ValidationException.class, () -> f.progress.withoutRecentSession(supervisor, f.site, 30,
                PageRequest.of(null, 2, ended)), "an enrollment that left the caseload");
        assertThrows(ValidationException.class, () -> f.progress.withoutRecentSession(supervisor, f.site, 0,
                PageRequest.of(0, 2)));
        assertThrows(ValidationException.class, () -> f.progress.withoutRecentSession(supervisor, f.site, 366,
                PageRequest.of(0, 2)));
        assertThrows(ForbiddenException.class, () -> f.progress.withoutRecentSession(cm, f.site, 30, PageRequest.of(0, 2)));
        assertThrows(ForbiddenException.class, () -> f.progress.withoutRecentSession(supervisor, "Elsewhere", 30,
                PageRequest.of(0, 2)));
        assertEquals(0, f.progress.withoutRecentSession(ADMIN, "Elsewhere", 30, PageRequest.of(0, 2)).totalItems);
    }

    @Test
    void theCourtReportSectionCountsThePeriodOnlyAndNamesNoTopic() {
        String p = f.enrolled("Yardley", north, LocalDate.of(2026, 1, 5));
        DrtSession s1 = session(p, 1, LocalDate.of(2026, 1, 10), Attendance.ATTENDED);
        s1.homeworkSet = true;
        s1.homework = "Private homework text";
        f.sessions.record(cm, s1);
        record(p, 2, LocalDate.of(2026, 2, 3), Attendance.PARTLY);
        record(p, 3, LocalDate.of(2026, 2, 10), Attendance.NO_SHOW);
        record(p, 3, LocalDate.of(2026, 2, 17), Attendance.CANCELLED);
        record(p, 3, LocalDate.of(2026, 3, 3), Attendance.ATTENDED);
        assertEquals(DrtCategories.DRT_PROGRESS, f.report.category());
        assertEquals("DRT_PROGRESS", f.report.category().code());

        ReportContent feb = f.report.render(p, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertEquals("3", fact(feb, "Sessions recorded in the period"));
        assertEquals("2 of 13", fact(feb, "Sessions done at the end of the period"), "March's session is after the period");
        assertEquals("2026-02-03", fact(feb, "Last session attended"));
        assertEquals(List.of(List.of("Attended", "0"), List.of("Partly attended", "1"), List.of("Did not attend", "1"),
                List.of("Cancelled", "1")), feb.rows);
        String text = text(feb) + text(f.report.render(p, LocalDate.of(2026, 1, 1), TODAY));
        for (CatalogSession c : f.catalog.current(ADMIN, Curriculum.DRT)) {
            assertFalse(text.contains(c.title), "no topic in the report: " + text);
        }
        assertFalse(text.contains("Private homework text"));
        assertFalse(text.contains("drt-mission-cj"));

        ReportContent before = f.report.render(p, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
        assertEquals("No Dual Recovery Therapy during the period.", before.summary);
        ReportContent all = f.report.render(p, LocalDate.of(2026, 1, 1), TODAY);
        assertEquals("3 of 13", fact(all, "Sessions done at the end of the period"));
        assertEquals("5", fact(all, "Sessions recorded in the period"));
    }

    private static String text(ReportContent c) {
        StringBuilder sb = new StringBuilder(String.valueOf(c.summary));
        c.facts.forEach(x -> sb.append('|').append(x.label).append('=').append(x.value));
        c.columns.forEach(x -> sb.append('|').append(x));
        c.rows.forEach(r -> sb.append('|').append(r));
        return sb.toString();
    }

    private static String fact(ReportContent c, String label) {
        return c.facts.stream().filter(x -> x.label.equals(label)).map(x -> x.value).findFirst().orElse(null);
    }

    private static List<String> ids(Page<SessionGap> page) {
        return page.items.stream().map(g -> g.participantId).collect(Collectors.toList());
    }

    /** Withdraws the participant's open enrollment. */
    private void end(String participantId) {
        List<Enrollment> all = new ArrayList<>(f.registry.enrollments.list(ADMIN, null, PageRequest.of(0, 200)).items);
        Enrollment e = all.stream().filter(x -> x.participantId.equals(participantId)).findFirst().get();
        StatusChange out = new StatusChange();
        out.status = EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.registry.enrollments.changeStatus(ADMIN, e.id, e.version, out);
    }
}
