package org.missioncj.vocational.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.vocational.impl.VocationalFixture.ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
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
import org.missioncj.core.api.support.SupportContacts;
import org.missioncj.core.spi.ReportContent;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.TestPlatform;
import org.missioncj.vocational.api.VocationalCategories;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.ApplicationDocument;
import org.missioncj.vocational.api.dto.ApplicationStatus;
import org.missioncj.vocational.api.dto.EducationEnrollment;
import org.missioncj.vocational.api.dto.EducationKind;
import org.missioncj.vocational.api.dto.EducationStatus;
import org.missioncj.vocational.api.dto.Employer;
import org.missioncj.vocational.api.dto.EmploymentPeriod;
import org.missioncj.vocational.api.dto.EmploymentStatus;
import org.missioncj.vocational.api.dto.Goal;
import org.missioncj.vocational.api.dto.GoalKind;
import org.missioncj.vocational.api.dto.GoalNote;
import org.missioncj.vocational.api.dto.GoalStatus;
import org.missioncj.vocational.api.dto.Interview;
import org.missioncj.vocational.api.dto.InterviewOutcome;
import org.missioncj.vocational.api.dto.JobApplication;
import org.missioncj.vocational.api.dto.JobHours;
import org.missioncj.vocational.api.dto.Offer;
import org.missioncj.vocational.api.dto.OfferResponse;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.SupportContact;
import org.missioncj.vocational.api.dto.SupportTopic;
import org.osgi.service.event.Event;

/** Goals, employers and openings, applications, education, on-the-job support and the court-report section. */
class VocationalServicesTest {
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long NONE = PreconditionRequiredException.MISSING_VERSION;
    private static final String SECRET = "Talked about the panic attack at the loading dock";
    private VocationalFixture f;
    private Actor cm;
    private Actor pss;
    private Actor otherCm;
    private Actor elsewhereCm;
    private Actor navigator;
    private Team north;
    private String pat;

    @BeforeEach
    void setUp() {
        f = new VocationalFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        pss = f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        otherCm = f.person("cm.south", StaffRole.CASE_MANAGER, Role.CASE_MANAGER);
        f.person("pss.south", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST);
        elsewhereCm = f.person("cm.far", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, "Far Site");
        navigator = f.person("nav.site", StaffRole.PEER_NAVIGATOR, Role.PEER_NAVIGATOR);
        north = f.team("North", "cm.north", "pss.north");
        f.team("South", "cm.south", "pss.south");
        pat = f.enrolled("Alvarez", north, TODAY.minusDays(90));
    }

    private Employer employer(Actor actor, String site, String name) {
        Employer e = new Employer();
        e.site = site;
        e.name = name;
        e.contactName = "Sam Synthetic";
        e.email = "hiring@example.org";
        e.terms = "Trial shifts paid; supervisor knows about job coaching";
        return f.employers.create(actor, e);
    }

    private Opening opening(Actor actor, String employerId, String wage) {
        Opening o = new Opening();
        o.employerId = employerId;
        o.title = "Warehouse associate";
        o.hours = JobHours.PART_TIME;
        o.wage = wage;
        o.postedOn = TODAY.minusDays(20);
        return f.employers.createOpening(actor, o);
    }

    private JobApplication application(String participantId, String openingId) {
        JobApplication a = new JobApplication();
        a.participantId = participantId;
        a.openingId = openingId;
        a.appliedOn = TODAY.minusDays(10);
        a.documents.put(ApplicationDocument.RESUME, true);
        return a;
    }

    private static String text(ReportContent c) {
        StringBuilder b = new StringBuilder(c.summary);
        c.facts.forEach(x -> b.append('|').append(x.label).append('=').append(x.value));
        c.rows.forEach(r -> b.append('|').append(String.join(",", r)));
        return b.toString();
    }

    @Test
    void aGoalKeepsItsNotesAndEachNoteIsAudited() {
        Goal g = new Goal();
        g.participantId = pat;
        g.kind = GoalKind.JOB;
        g.title = "Part-time job in a warehouse by summer";
        g.targetDate = TODAY.plusDays(90);
        Goal made = f.goals.create(pss, g);
        assertEquals(GoalStatus.OPEN, made.status);
        GoalNote n = new GoalNote();
        n.text = "Resume drafted together";
        Goal one = f.goals.addNote(pss, made.id, n);
        assertEquals(2, one.version, "a note moves the version on");
        n.text = "Practised interview questions";
        n.noteDate = TODAY.minusDays(1);
        Goal two = f.goals.addNote(cm, made.id, n);
        assertEquals(2, two.notes.size());
        assertEquals(TODAY, two.notes.get(0).noteDate, "the newest first");
        GoalNote future = new GoalNote();
        future.text = "Not yet";
        future.noteDate = TODAY.plusDays(1);
        assertEquals("noteDate", assertThrows(UnprocessableException.class,
                () -> f.goals.addNote(cm, made.id, future)).errors().get(0).field);
        assertThrows(ForbiddenException.class, () -> f.goals.addNote(otherCm, made.id, n));
        f.goals.addNote(navigator, made.id, n);

        Goal change = new Goal();
        change.kind = GoalKind.JOB;
        change.title = made.title;
        change.status = GoalStatus.ACHIEVED;
        assertThrows(PreconditionRequiredException.class, () -> f.goals.update(cm, made.id, NONE, change));
        assertThrows(PreconditionFailedException.class, () -> f.goals.update(cm, made.id, 1, change));
        Goal done = f.goals.update(cm, made.id, f.goals.get(cm, made.id).version, change);
        assertEquals(GoalStatus.ACHIEVED, done.status);
        assertEquals(3, done.notes.size(), "an update leaves the notes (the navigator's too)");
        assertEquals(1, f.goals.list(navigator, pat, PageRequest.of(0, 20)).items.size());

        AuditQuery q = new AuditQuery();
        q.participantId = pat;
        q.action = "UPDATE";
        long noted = f.platform.audit.query(ADMIN, q, PageRequest.of(0, 50)).items.stream()
                .filter(r -> made.id.equals(r.resourceId) && r.outcome == AuditOutcome.SUCCESS
                        && "progress note added".equals(r.detail)).count();
        assertEquals(3, noted, "each note is audited");
    }

    @Test
    void theSitesStaffKeepItsEmployersAndOtherSitesDoNot() {
        Employer e = employer(cm, f.site, "Acme Synthetic Widgets");
        assertEquals(1, e.version);
        assertEquals(e.id, f.employers.get(navigator, e.id).id);
        assertEquals(1, f.employers.list(pss, f.site, PageRequest.of(0, 20)).items.size());
        // a Case Manager of another site sees none of this site's employers, and cannot add one for it
        assertThrows(ForbiddenException.class, () -> f.employers.get(elsewhereCm, e.id));
        assertThrows(ForbiddenException.class, () -> f.employers.list(elsewhereCm, f.site, PageRequest.of(0, 20)));
        assertThrows(ForbiddenException.class, () -> employer(elsewhereCm, f.site, "Sneaky"));
        // navigators read but do not keep; an unknown employer is 403 for staff, 404 for an admin
        assertThrows(ForbiddenException.class, () -> employer(navigator, f.site, "Not mine to add"));
        assertThrows(ForbiddenException.class, () -> f.employers.get(cm, "no-such-employer"));
        assertThrows(NotFoundException.class, () -> f.employers.get(ADMIN, "no-such-employer"));
        Employer other = employer(ADMIN, "Far Site", "Far Away Bakery");
        assertEquals(other.id, f.employers.get(elsewhereCm, other.id).id);

        Employer change = new Employer();
        change.name = "Acme Synthetic Widgets Inc.";
        change.site = "Far Site";
        assertEquals("site", assertThrows(UnprocessableException.class,
                () -> f.employers.update(cm, e.id, 1, change)).errors().get(0).field);
        change.site = null;
        change.email = "not an address";
        assertThrows(ValidationException.class, () -> f.employers.update(cm, e.id, 1, change));
        change.email = null;
        assertEquals(2, f.employers.update(pss, e.id, 1, change).version);

        Opening o = opening(cm, e.id, "$17.50/hour");
        assertEquals("Acme Synthetic Widgets Inc.", o.employerName);
        assertEquals(f.site, o.site);
        assertEquals(List.of(o.id), f.employers.siteOpenings(navigator, f.site, null, PageRequest.of(0, 20)).items
                .stream().map(x -> x.id).toList());
        assertEquals(1, f.employers.openings(cm, e.id, PageRequest.of(0, 20)).items.size());
        assertThrows(NotFoundException.class, () -> opening(cm, other.id, "$20/hour"));
        assertThrows(ForbiddenException.class, () -> f.employers.getOpening(elsewhereCm, o.id));
    }

    @Test
    void anApplicationNeedsAnOpeningThatExists() {
        Employer e = employer(cm, f.site, "Acme Synthetic Widgets");
        Opening o = opening(cm, e.id, "$17.50/hour");
        assertThrows(NotFoundException.class, () -> f.applications.create(cm, application(pat, "no-such-opening")));
        Employer far = employer(ADMIN, "Far Site", "Far Away Bakery");
        Opening farOpening = opening(ADMIN, far.id, "$16/hour");
        assertThrows(NotFoundException.class, () -> f.applications.create(cm, application(pat, farOpening.id)),
                "an opening another site keeps is none of this site's");
        assertThrows(ForbiddenException.class, () -> f.applications.create(otherCm, application(pat, o.id)));

        JobApplication a = f.applications.create(pss, application(pat, o.id));
        assertEquals(ApplicationStatus.APPLIED, a.status);
        assertEquals(Boolean.TRUE, a.documents.get(ApplicationDocument.RESUME));
        assertEquals(Boolean.FALSE, a.documents.get(ApplicationDocument.ID));
        assertEquals(e.id, a.employerId);
        ConflictException twice = assertThrows(ConflictException.class,
                () -> f.applications.create(pss, application(pat, o.id)));
        assertEquals(a.id, ((JobApplication) twice.conflicting()).id);

        JobApplication change = application(pat, o.id);
        change.status = ApplicationStatus.ACCEPTED;
        Interview i = new Interview();
        i.scheduledAt = TestPlatform.NOW.minusSeconds(86_400 * 5);
        i.preparation = "Mock interview with the peer specialist";
        i.outcome = InterviewOutcome.ATTENDED;
        change.interviews = List.of(i);
        Offer offer = new Offer();
        offer.offeredOn = TODAY.minusDays(2);
        offer.wage = "$18/hour";
        offer.hours = JobHours.PART_TIME;
        offer.startDate = TODAY.plusDays(7);
        change.offers = List.of(offer);
        assertEquals("status", assertThrows(UnprocessableException.class,
                () -> f.applications.update(cm, a.id, a.version, change)).errors().get(0).field);
        offer.response = OfferResponse.ACCEPTED;
        JobApplication accepted = f.applications.update(cm, a.id, a.version, change);
        assertEquals(ApplicationStatus.ACCEPTED, accepted.status);
        assertEquals(1, accepted.interviews.size());
        assertEquals(OfferResponse.ACCEPTED, accepted.offers.get(0).response);
        assertEquals(1, f.applications.list(navigator, pat, PageRequest.of(0, 20)).items.size());
        assertThrows(ForbiddenException.class, () -> f.applications.get(otherCm, a.id));
    }

    @Test
    void completingAnEducationPostsTheCompletion() {
        EducationEnrollment e = new EducationEnrollment();
        e.programName = "Adult high school equivalency";
        e.kind = EducationKind.GED;
        e.enrolledOn = TODAY.minusDays(60);
        EducationEnrollment stored = f.education.create(pss, pat, e);
        assertEquals(EducationStatus.ENROLLED, stored.status);
        assertTrue(f.events(VocationalEvents.EDUCATION_COMPLETED).isEmpty());
        e.status = EducationStatus.COMPLETED;
        assertThrows(ValidationException.class, () -> f.education.update(cm, stored.id, 1, e));
        e.completedOn = TODAY.minusDays(61);
        assertThrows(UnprocessableException.class, () -> f.education.update(cm, stored.id, 1, e));
        e.completedOn = TODAY.minusDays(3);
        EducationEnrollment done = f.education.update(cm, stored.id, 1, e);
        assertEquals(EducationStatus.COMPLETED, done.status);
        List<Event> completed = f.events(VocationalEvents.EDUCATION_COMPLETED);
        assertEquals(1, completed.size());
        assertEquals("GED", completed.get(0).getProperty(VocationalEvents.PROP_KIND));
        assertEquals(TODAY.minusDays(3).toString(), completed.get(0).getProperty(VocationalEvents.PROP_COMPLETED_ON));
        assertFalse(VocationalFixture.props(completed.get(0)).containsValue(e.programName));
        assertEquals(List.of(stored.id), f.education.list(navigator, pat, PageRequest.of(0, 20)).items.stream()
                .map(x -> x.id).toList());
        assertThrows(ForbiddenException.class, () -> f.education.get(otherCm, stored.id));
    }

    @Test
    void onTheJobSupportIsTheTeamsAndPostsAContactWithoutItsNotes() {
        SupportContact c = new SupportContact();
        c.occurredAt = OffsetDateTime.parse("2026-03-14T09:30:00-04:00");
        c.mode = "IN_PERSON";
        c.topics = List.of(SupportTopic.PUNCTUALITY, SupportTopic.SYMPTOMS_AT_WORK);
        c.minutes = 45;
        c.notes = SECRET;
        SupportContact stored = f.support.log(pss, pat, c);
        assertEquals(f.registry.staffId("pss.north"), stored.staffId);
        assertEquals(c.occurredAt, stored.occurredAt, "the offset it was given with");
        List<Event> logged = f.events(SupportContacts.LOGGED);
        assertEquals(1, logged.size());
        Map<String, Object> props = VocationalFixture.props(logged.get(0));
        assertEquals(VocationalEvents.SOURCE, props.get(SupportContacts.PROP_SOURCE));
        assertEquals(stored.id, props.get(SupportContacts.PROP_CONTACT_ID));
        assertEquals(stored.staffId, props.get(SupportContacts.PROP_STAFF_ID));
        assertEquals("2026-03-14T09:30-04:00", props.get(SupportContacts.PROP_OCCURRED_AT));
        assertEquals("IN_PERSON", props.get(SupportContacts.PROP_MODE));
        assertEquals("45", props.get(SupportContacts.PROP_MINUTES));
        assertFalse(props.containsValue(SECRET));

        // only the participant's own team: no other team, no site lead, no program admin
        assertThrows(ForbiddenException.class, () -> f.support.log(otherCm, pat, c));
        assertThrows(ForbiddenException.class, () -> f.support.log(navigator, pat, c));
        assertThrows(ForbiddenException.class, () -> f.support.log(ADMIN, pat, c));
        c.mode = "CARRIER_PIGEON";
        assertThrows(ValidationException.class, () -> f.support.log(cm, pat, c));
        c.mode = "PHONE";
        c.topics = List.of();
        assertThrows(ValidationException.class, () -> f.support.log(cm, pat, c));
        c.topics = List.of(SupportTopic.WORKLOAD);
        c.occurredAt = OffsetDateTime.parse("2026-03-16T09:30:00-04:00");
        assertThrows(UnprocessableException.class, () -> f.support.log(cm, pat, c));
        assertEquals(1, f.support.list(navigator, pat, PageRequest.of(0, 20)).items.size());
    }

    @Test
    void theReportSectionGivesStatusesDatesAndCountsNeverNotesEmployersOrWages() {
        Goal g = new Goal();
        g.participantId = pat;
        g.kind = GoalKind.JOB;
        g.title = "Forklift certification and a warehouse job";
        Goal goal = f.goals.create(cm, g);
        GoalNote n = new GoalNote();
        n.text = SECRET;
        f.goals.addNote(cm, goal.id, n);
        Employer e = employer(cm, f.site, "Acme Synthetic Widgets");
        Opening o = opening(cm, e.id, "$17.50/hour");
        f.applications.create(cm, application(pat, o.id));
        EmploymentPeriod none = new EmploymentPeriod();
        none.status = EmploymentStatus.UNEMPLOYED;
        none.startDate = LocalDate.of(2026, 1, 1);
        f.employment.record(cm, pat, none);
        EmploymentPeriod job = new EmploymentPeriod();
        job.status = EmploymentStatus.PART_TIME;
        job.startDate = LocalDate.of(2026, 2, 20);
        f.employment.record(cm, pat, job);
        EducationEnrollment cert = new EducationEnrollment();
        cert.programName = "Forklift operator course at Acme";
        cert.kind = EducationKind.CERTIFICATE;
        cert.enrolledOn = LocalDate.of(2026, 1, 10);
        cert.completedOn = LocalDate.of(2026, 2, 12);
        cert.status = EducationStatus.COMPLETED;
        f.education.create(cm, pat, cert);
        SupportContact c = new SupportContact();
        c.occurredAt = OffsetDateTime.parse("2026-03-01T09:30:00-05:00");
        c.mode = "IN_PERSON";
        c.topics = List.of(SupportTopic.WORKLOAD);
        c.notes = SECRET;
        f.support.log(pss, pat, c);

        assertEquals(VocationalCategories.EMPLOYMENT, f.report.category());
        assertEquals("vocational.employment", f.report.id());
        String text = text(f.report.render(pat, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertTrue(text.contains("Part time"), text);
        assertTrue(text.contains("2026-02-20"), text);
        assertTrue(text.contains("Days employed in the period=9"), text);
        assertTrue(text.contains("2026-02-12,CERTIFICATE"), text);
        for (String never : List.of(SECRET, "Acme", "17.50", "Warehouse", "Forklift", "warehouse")) {
            assertFalse(text.contains(never), never + " in " + text);
        }
        String before = text(f.report.render(pat, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertTrue(before.startsWith("No employment"), before);
    }

    // ---- found by the attack on issue 13 ----------------------------------------------------------------------

    @Test
    void anOpeningIsJudgedByTheParticipantsSiteNotTheCallers() {
        // a Case Manager of another site, with a break-the-glass grant, cannot attach their own site's opening
        Employer far = employer(elsewhereCm, "Far Site", "Far Away Bakery");
        Opening farOpening = opening(elsewhereCm, far.id, "$16/hour");
        f.registry.access.breakGlass(elsewhereCm, pat, "Synthetic emergency: the participant walked into our office");
        assertThrows(org.missioncj.core.api.MissionException.class,
                () -> f.applications.create(elsewhereCm, application(pat, farOpening.id)));
        assertThrows(NotFoundException.class, () -> f.applications.create(cm, application(pat, farOpening.id)));
    }

    @Test
    void aClosedOpeningTwoAcceptedOffersOrAnInterviewBeforeTheApplicationAreRefused() {
        Employer e = employer(cm, f.site, "Acme Synthetic Widgets");
        Opening closed = opening(cm, e.id, "$17/hour");
        closed.status = org.missioncj.vocational.api.dto.OpeningStatus.FILLED;
        f.employers.updateOpening(cm, closed.id, closed.version, closed);
        assertThrows(ConflictException.class, () -> f.applications.create(cm, application(pat, closed.id)));

        Opening o = opening(cm, e.id, "$17.50/hour");
        JobApplication twoYes = application(pat, o.id);
        Offer first = new Offer();
        first.offeredOn = TODAY.minusDays(5);
        first.response = OfferResponse.ACCEPTED;
        Offer second = new Offer();
        second.offeredOn = TODAY.minusDays(4);
        second.response = OfferResponse.ACCEPTED;
        twoYes.offers = List.of(first, second);
        assertEquals("offers", assertThrows(UnprocessableException.class,
                () -> f.applications.create(cm, twoYes)).errors().get(0).field);

        JobApplication early = application(pat, o.id);
        Interview before = new Interview();
        before.scheduledAt = TestPlatform.NOW.minusSeconds(86_400 * 20);
        early.interviews = List.of(before);
        assertEquals("interviews[0].scheduledAt", assertThrows(UnprocessableException.class,
                () -> f.applications.create(cm, early)).errors().get(0).field);
        assertTrue(f.applications.list(cm, pat, PageRequest.of(0, 20)).items.isEmpty());
    }

    @Test
    void aCompletionStaysCompletedSoItIsReportedOnce() {
        EducationEnrollment e = new EducationEnrollment();
        e.programName = "Forklift certificate";
        e.kind = EducationKind.CERTIFICATE;
        e.enrolledOn = TODAY.minusDays(30);
        EducationEnrollment stored = f.education.create(pss, pat, e);
        e.status = EducationStatus.COMPLETED;
        e.completedOn = TODAY.minusDays(2);
        f.education.update(cm, stored.id, 1, e);
        e.status = EducationStatus.ENROLLED;
        e.completedOn = null;
        assertThrows(UnprocessableException.class, () -> f.education.update(cm, stored.id, 2, e));
        e.status = EducationStatus.COMPLETED;
        e.completedOn = TODAY.minusDays(1);
        assertEquals(TODAY.minusDays(1), f.education.update(cm, stored.id, 2, e).completedOn);
        assertEquals(1, f.events(VocationalEvents.EDUCATION_COMPLETED).size());
    }
}
