package org.missioncj.cti.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.cti.impl.CtiFixture.ADMIN;
import static org.missioncj.cti.impl.CtiFixture.SITE_ZONE;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.support.SupportContacts;
import org.missioncj.cti.api.dto.Contact;
import org.missioncj.cti.api.dto.ContactKind;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.ContactSearch;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.StatusChange;
import org.missioncj.registry.api.dto.Team;
import org.osgi.service.event.Event;

/** Support contacts from other modules (housing here) counted as CTI contacts where the site's configuration says so. */
class SupportContactCountingTest {
    /** Sunday 2026-03-15, 11:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), SITE_ZONE);
    private static final String HILL = "Hill County";
    private CtiFixture f;
    private Actor cm;
    private Team north;
    private Team hill;
    private String housingStaffId;
    private int nextContact;

    @BeforeEach
    void setUp() {
        f = new CtiFixture(CLOCK);
        cm = f.person("cm.north", StaffRole.CASE_MANAGER, Role.CASE_MANAGER, f.site);
        f.person("pss.north", StaffRole.PEER_SPECIALIST, Role.PEER_SPECIALIST, f.site);
        north = f.team("North", "cm.north", "pss.north");
        f.registry.staffMember("cm.hill", StaffRole.CASE_MANAGER, HILL);
        f.registry.staffMember("pss.hill", StaffRole.PEER_SPECIALIST, HILL);
        Team t = new Team();
        t.name = "Hill";
        t.site = HILL;
        t.caseManagerId = f.staffId("cm.hill");
        t.peerSpecialistId = f.staffId("pss.hill");
        hill = f.teams.create(ADMIN, t);
        // housing's staff are no CTI team members: who met the participant is kept as the module sent it
        housingStaffId = f.registry.staffMember("housing.specialist", StaffRole.PEER_NAVIGATOR, f.site).id;
    }

    /** CTI's handler with the site's countSupportContacts, on the platform's Event Admin as Karaf would have it. */
    private SupportContactSync counting(String... entries) {
        CtiSettings settings = new CtiSettings(PhasePlanTest.MISSION, CountedSources.parse(entries));
        SupportContactSync handler = new SupportContactSync(f.platform.module(CtiSettings.class), settings, f.sync);
        f.platform.events.deliver(SupportContacts.LOGGED, handler::handleEvent);
        return handler;
    }

    private Map<String, Object> landlordMeeting(String participantId, ZonedDateTime at) {
        Map<String, Object> p = new HashMap<>();
        p.put(SupportContacts.PROP_SOURCE, "housing");
        p.put(SupportContacts.PROP_CONTACT_ID, "housing-contact-" + (++nextContact));
        p.put(SupportContacts.PROP_PARTICIPANT_ID, participantId);
        p.put(SupportContacts.PROP_STAFF_ID, housingStaffId);
        p.put(SupportContacts.PROP_OCCURRED_AT, at.toOffsetDateTime().toString());
        p.put(SupportContacts.PROP_MODE, "HOME_VISIT");
        p.put(SupportContacts.PROP_KIND, "LANDLORD_MEETING");
        p.put(SupportContacts.PROP_MINUTES, "40");
        return p;
    }

    /** As housing posts it, once its contact is stored. */
    private void post(Map<String, Object> properties) {
        f.platform.events.postEvent(new Event(SupportContacts.LOGGED, properties));
    }

    private List<Contact> contacts(String participantId) {
        return f.contacts.list(ADMIN, new ContactSearch(participantId, null, null), PageRequest.of(0, 50)).items;
    }

    private static ZonedDateTime at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, SITE_ZONE);
    }

    @Test
    void countedAtEverySiteWhenConfiguredForTheSource() {
        counting("housing");
        String p = f.enrolled("Abernathy", north, LocalDate.of(2026, 3, 1));
        String q = f.enrolled("Brightwater", hill, LocalDate.of(2026, 3, 1));
        Map<String, Object> meeting = landlordMeeting(p, at(3, 9, 14));
        post(meeting);
        post(landlordMeeting(q, at(3, 9, 15)));

        List<Contact> list = contacts(p);
        assertEquals(1, list.size());
        Contact c = list.get(0);
        assertEquals("housing", c.source);
        assertEquals(meeting.get(SupportContacts.PROP_CONTACT_ID), c.sourceContactId);
        assertEquals(ContactKind.HOME_VISIT, c.kind);
        assertEquals(housingStaffId, c.staffId);
        assertEquals(40, c.minutes);
        assertNull(c.notes, "a support contact carries no notes");
        assertEquals("counted from housing (LANDLORD_MEETING)", c.place);
        assertEquals("system:cti", c.createdBy);
        assertEquals(1, c.phase);
        assertEquals(1, contacts(q).size(), "every site");

        // the schedule counts it like any contact: the window of 03-08..03-14 is done
        ContactSchedule s = f.schedules.schedule(cm, p);
        DueContact week2 = s.due.stream().filter(d -> d.dueDate.equals(LocalDate.of(2026, 3, 8))).findFirst().get();
        assertEquals(DueContact.Status.DONE, week2.status);
        assertEquals(DueContact.Status.MISSED, s.due.get(0).status);

        // audited as CTI's system actor, like the contacts staff log
        AuditQuery audit = new AuditQuery();
        audit.component = "cti";
        audit.actor = "system:cti";
        List<AuditRecord> trail = f.audit.query(ADMIN, audit, PageRequest.of(0, 10)).items;
        AuditRecord created = trail.stream().filter(r -> c.id.equals(r.resourceId)).findFirst().orElseThrow();
        assertEquals("CREATE", created.action);
        assertEquals(p, created.participantId);
        assertTrue(created.detail.startsWith("HOME_VISIT; counted from housing"), created.detail);
    }

    @Test
    void countedOnlyAtTheNamedSite() {
        counting("housing@" + HILL);
        String p = f.enrolled("Castellano", north, LocalDate.of(2026, 3, 1));
        String q = f.enrolled("Drummond", hill, LocalDate.of(2026, 3, 1));
        post(landlordMeeting(p, at(3, 9, 14)));
        post(landlordMeeting(q, at(3, 9, 14)));
        assertEquals(0, contacts(p).size(), "Test Site does not count housing");
        assertEquals(1, contacts(q).size());

        // the site is compared as stored: another spelling is another site
        SupportContactSync lowerCase = counting("housing@hill county");
        assertNull(lowerCase.count(new Event(SupportContacts.LOGGED, landlordMeeting(q, at(3, 10, 9)))));
    }

    @Test
    void notCountedWhenNotConfigured() {
        SupportContactSync byDefault = new SupportContactSync(f.platform.module(CtiSettings.class),
                new CtiSettings(config()), f.sync);
        f.platform.events.deliver(SupportContacts.LOGGED, byDefault::handleEvent);
        String p = f.enrolled("Ellsworth", north, LocalDate.of(2026, 3, 1));
        post(landlordMeeting(p, at(3, 9, 14)));
        assertEquals(0, contacts(p).size(), "nothing from other modules counts by default");

        counting("vocational");
        post(landlordMeeting(p, at(3, 10, 14)));
        assertEquals(0, contacts(p).size(), "only the sources named count");
        ContactSchedule s = f.schedules.schedule(cm, p);
        assertEquals(0, s.doneCount);
    }

    @Test
    void countedOnceWhenTheEventRepeats() {
        SupportContactSync handler = counting("housing");
        String p = f.enrolled("Fairbanks", north, LocalDate.of(2026, 3, 1));
        Map<String, Object> meeting = landlordMeeting(p, at(3, 9, 14));
        post(meeting);
        post(meeting);
        String id = handler.count(new Event(SupportContacts.LOGGED, meeting));
        assertEquals(1, contacts(p).size());
        assertEquals(contacts(p).get(0).id, id, "answers the contact that counted it before");
        // two nodes delivering it at the same moment: the database keeps one (the handler reads the other's)
        CtiMapper.ContactRow again = new CtiMapper.ContactRow();
        again.id = "another-id";
        again.participantId = p;
        again.enrollmentId = contacts(p).get(0).enrollmentId;
        again.staffId = housingStaffId;
        again.occurredAt = at(3, 9, 14).toInstant();
        again.localDate = LocalDate.of(2026, 3, 9);
        again.kind = "HOME_VISIT";
        again.createdAt = Instant.now(CLOCK);
        again.createdBy = "system:cti";
        again.source = "housing";
        again.sourceContactId = (String) meeting.get(SupportContacts.PROP_CONTACT_ID);
        assertThrows(ConflictException.class, () -> f.platform.module(CtiSettings.class).work(tx -> {
            tx.mapper(CtiMapper.class).insertContact(again);
            return null;
        }));
        // another support contact of the same module is another contact; CTI's own contacts have no source
        post(landlordMeeting(p, at(3, 10, 14)));
        Contact own = new Contact();
        own.participantId = p;
        own.staffId = f.staffId("cm.north");
        own.occurredAt = at(3, 11, 9).toOffsetDateTime();
        own.kind = ContactKind.PHONE;
        assertNull(f.contacts.log(cm, own).source);
        f.contacts.log(cm, own);
        assertEquals(4, contacts(p).size());
    }

    @Test
    void notCountedWithoutAnOpenEnrollmentOrWhatItNeeds() {
        SupportContactSync handler = counting("housing");
        String withdrawn = f.enrolled("Galloway", north, LocalDate.of(2026, 3, 1));
        Enrollment e = f.enrollments.list(ADMIN, null, PageRequest.of(0, 50)).items.stream()
                .filter(x -> x.participantId.equals(withdrawn)).findFirst().get();
        StatusChange out = new StatusChange();
        out.status = EnrollmentStatus.WITHDRAWN;
        out.reason = "moved away";
        f.enrollments.changeStatus(ADMIN, e.id, e.version, out);
        post(landlordMeeting(withdrawn, at(3, 9, 14)));
        assertEquals(0, contacts(withdrawn).size());
        assertNull(handler.count(new Event(SupportContacts.LOGGED, landlordMeeting("no-such-participant", at(3, 9, 14)))));

        String p = f.enrolled("Hollister", north, LocalDate.of(2026, 3, 1));
        Map<String, Object> badDate = landlordMeeting(p, at(3, 9, 14));
        badDate.put(SupportContacts.PROP_OCCURRED_AT, "last Tuesday");
        Map<String, Object> unknownMode = landlordMeeting(p, at(3, 9, 14));
        unknownMode.put(SupportContacts.PROP_MODE, "CARRIER_PIGEON");
        Map<String, Object> crisis = landlordMeeting(p, at(3, 9, 14));
        crisis.put(SupportContacts.PROP_MODE, "CRISIS"); // a CTI kind, but not one another module reports
        Map<String, Object> noStaff = landlordMeeting(p, at(3, 9, 14));
        noStaff.remove(SupportContacts.PROP_STAFF_ID);
        Map<String, Object> future = landlordMeeting(p, at(3, 16, 9));
        Map<String, Object> beforeTheStart = landlordMeeting(p, at(2, 27, 9));
        for (Map<String, Object> bad : List.of(badDate, unknownMode, crisis, noStaff, future, beforeTheStart)) {
            assertDoesNotThrow(() -> post(bad));
            assertNull(handler.count(new Event(SupportContacts.LOGGED, bad)), bad.toString());
        }
        assertEquals(0, contacts(p).size());

        Map<String, Object> oddMinutes = landlordMeeting(p, at(3, 9, 14));
        oddMinutes.put(SupportContacts.PROP_MINUTES, "an hour");
        post(oddMinutes);
        assertNull(contacts(p).get(0).minutes, "counted without the minutes it could not read");
    }

    @Test
    void aCatchUpBringsInAnEnrollmentWhoseEventWasLost() {
        counting("housing");
        f.delivering(false);
        String p = f.enrolled("Ingram", north, LocalDate.of(2026, 3, 1));
        f.delivering(true);
        post(landlordMeeting(p, at(3, 9, 14)));
        assertEquals(1, contacts(p).size());
    }

    @Test
    void aBadEntryIsIgnoredWithAWarning() {
        CountedSources counted = new CtiSettings(config("housing@", "@" + HILL, "house keeping",
                "vocational@North County, housing@" + HILL + ", peer@Hill@County")).countedSupportContacts();
        assertEquals(4, counted.unreadable().size(), counted.unreadable().toString());
        assertTrue(counted.unreadable().get(0).contains("'housing@' is not '<source>' or '<source>@<site>'"),
                counted.unreadable().get(0));
        assertTrue(counted.counts("vocational", "North County"));
        assertTrue(counted.counts("housing", HILL));
        assertTrue(!counted.counts("housing", f.site), "the bad 'housing@' entry does not count housing everywhere");
        assertTrue(!counted.anywhere("peer"));

        counting("housing@", "housing@" + HILL);
        String q = f.enrolled("Jessup", hill, LocalDate.of(2026, 3, 1));
        post(landlordMeeting(q, at(3, 9, 14)));
        assertEquals(1, contacts(q).size(), "the entries it could read still count");
    }

    /** The configuration as Configuration Admin gives it: the defaults, and these entries. */
    private static CtiSettings.Config config(String... countSupportContacts) {
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
                return countSupportContacts;
            }
        };
    }

    @Test
    void theMarkerFitsThePlaceColumn() {
        assertNotNull(SupportContactSync.place("housing", null));
        assertEquals(200, SupportContactSync.place("housing", "X".repeat(300)).length());
    }
}
