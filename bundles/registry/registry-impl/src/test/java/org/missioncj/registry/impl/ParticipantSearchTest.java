package org.missioncj.registry.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.registry.impl.RegistryFixture.ADMIN;
import static org.missioncj.registry.impl.RegistryFixture.CM;
import static org.missioncj.registry.impl.RegistryFixture.SUPERVISOR;
import static org.missioncj.registry.impl.RegistryFixture.participant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.ValidationException;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.missioncj.registry.api.dto.StaffRole;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.testkit.ExplainedDerby;
import org.missioncj.testkit.TestPlatform;

/**
 * The participant search at scale: its semantics over name tokens, keyset paging, and (on Derby, through its
 * XPLAIN tables) that no search or count reads a whole table, whichever filter drives it.
 */
class ParticipantSearchTest {
    private static final LocalDate DOB = LocalDate.of(1979, 6, 30);
    private ExplainedDerby ds;
    private RegistryFixture f;

    @BeforeEach
    void setUp() {
        ds = new ExplainedDerby();
        f = new RegistryFixture(new TestPlatform(ds, Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE)), 25);
    }

    @Test
    void wordsMatchTheStartOfAnyNameWordWithoutCaseOrAccents() {
        Participant a = participant("José", "Ávila-Núñez", DOB);
        a.middleName = "Mary Ann";
        String jose = f.participants.create(ADMIN, a).id;
        String avery = f.participants.create(ADMIN, participant("Avery", "O'Brien", DOB)).id;
        f.participants.create(ADMIN, participant("100%", "Under_Score", DOB));
        assertEquals(List.of(jose), ids(search(ADMIN, "jose")));
        assertEquals(List.of(jose), ids(search(ADMIN, "JOSÉ nunez")));
        assertEquals(List.of(jose), ids(search(ADMIN, "ann avila")));
        assertEquals(List.of(jose), ids(search(ADMIN, "ávila-n")));
        assertEquals(List.of(avery), ids(search(ADMIN, "aver")));
        assertEquals(List.of(avery), ids(search(ADMIN, "o'br")));
        assertEquals(List.of(avery), ids(search(ADMIN, "brien")));
        // wildcards are letters like any other
        assertEquals(0, search(ADMIN, "%").totalItems);
        assertEquals(0, search(ADMIN, "a%").totalItems);
        assertEquals(0, search(ADMIN, "under_x").totalItems);
        assertEquals(1, search(ADMIN, "100%").totalItems);
        assertEquals(1, search(ADMIN, "under_").totalItems);
        // words combine with AND
        assertEquals(0, search(ADMIN, "jose brien").totalItems);
        // spellings people type for letters and marks a keyboard lacks (found by the attack on issue 19)
        String curly = f.participants.create(ADMIN, participant("Ai", "O\u2019Brennan", DOB)).id;
        String dashed = f.participants.create(ADMIN, participant("Bo", "Smith\u2010Jonas", DOB)).id;
        String dotless = f.participants.create(ADMIN, participant("Cy", "Y\u0131ld\u0131zoglu", DOB)).id;
        String sharp = f.participants.create(ADMIN, participant("Di", "Stra\u00dfmann", DOB)).id;
        assertEquals(List.of(curly), ids(search(ADMIN, "o'brennan")));
        assertEquals(List.of(dashed), ids(search(ADMIN, "smith-jonas")));
        assertEquals(List.of(dotless), ids(search(ADMIN, "yildizoglu")));
        assertEquals(List.of(sharp), ids(search(ADMIN, "strassm")));
        assertEquals(List.of(sharp), ids(search(ADMIN, "STRASSMANN")));
        // a blank identifier value is no filter
        ParticipantSearch blank = byName("strassm");
        blank.identifierValue = "  ";
        assertEquals(List.of(sharp), ids(f.participants.search(ADMIN, blank, PageRequest.of(0, 5))));
    }

    @Test
    void aRenameReplacesTheWordsSearched() {
        Participant p = f.participants.create(ADMIN, participant("Rowan", "Castellano", DOB));
        p.familyName = "Delacroix";
        f.participants.update(ADMIN, p.id, p.version, p);
        assertEquals(0, search(ADMIN, "castel").totalItems);
        assertEquals(1, search(ADMIN, "delac").totalItems);
    }

    @Test
    void participantsWhoseTokensAreMissingAreIndexedAtStart() throws SQLException {
        String id = f.participants.create(ADMIN, participant("Sage", "Whitcombe", DOB)).id;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM reg_name_token"); // as if stored before the token table
        }
        assertEquals(0, search(ADMIN, "whit").totalItems);
        ParticipantServiceImpl restarted = new ParticipantServiceImpl(f.module, f.access, f.staff);
        assertEquals(List.of(id), ids(search(ADMIN, "whit")));
        assertEquals(0, restarted.indexNames());
    }

    @Test
    void pagesByKeyGoThroughTheListOnceInOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two of each family name: the order falls back to given name, then id
            expected.add(f.participants.create(ADMIN, participant("Kit" + (i % 2), "Marlow" + (i / 2), DOB)).id);
        }
        List<String> inOrder = ids(f.participants.search(ADMIN, byName("marlow"), PageRequest.of(0, 20)));
        assertEquals(7, inOrder.size());
        assertTrue(inOrder.containsAll(expected));
        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Page<Participant> page = f.participants.search(ADMIN, byName("marlow"), PageRequest.of(null, 3, after));
            assertEquals(7, page.totalItems);
            walked.addAll(ids(page));
            after = page.next;
            pages++;
        } while (after != null);
        assertEquals(inOrder, walked);
        assertEquals(3, pages);
        assertThrows(ValidationException.class, () -> PageRequest.of(1, 3, inOrder.get(0)));
        assertThrows(ValidationException.class,
                () -> f.participants.search(ADMIN, byName("marlow"), PageRequest.of(null, 3, "no-such-participant")));
    }

    @Test
    void aCaseManagerFindsTheirTeamAndTheIntakePoolOnly() {
        Team mine = f.team("North", 25);
        f.staffMember("cm.other", StaffRole.CASE_MANAGER);
        f.staffMember("pss.other", StaffRole.PEER_SPECIALIST);
        Team theirs = f.team("South", "cm.other", "pss.other");
        String own = f.enrolled("Thornbury", mine, RegistryFixture.TODAY.minusDays(3));
        f.enrolled("Thornbury", theirs, RegistryFixture.TODAY.minusDays(3));
        String intake = f.participants.create(ADMIN, participant("Pat", "Thornbury", DOB)).id;
        assertEquals(List.of(own, intake).stream().sorted().toList(), ids(search(CM, "thorn")).stream().sorted().toList());
        Page<Participant> all = f.participants.search(CM, new ParticipantSearch(), PageRequest.of(0, 20));
        assertEquals(2, all.totalItems);
        // someone outside the caller's caseload is no place to start from: where their name falls stays unsaid
        String outside = search(ADMIN, "thorn").items.stream().map(p -> p.id).filter(i -> !i.equals(own) && !i.equals(intake))
                .findFirst().orElseThrow();
        assertThrows(ValidationException.class,
                () -> f.participants.search(CM, new ParticipantSearch(), PageRequest.of(null, 5, outside)));
        assertEquals(1, f.participants.search(CM, new ParticipantSearch(), PageRequest.of(null, 5, own)).items.size()
                + f.participants.search(CM, new ParticipantSearch(), PageRequest.of(null, 5, intake)).items.size());
        assertEquals(1, search(SUPERVISOR, "thorn").totalItems); // no staff record: the intake pool only
        f.staffMember(SUPERVISOR.username(), StaffRole.CLINICAL_SUPERVISOR);
        assertEquals(3, search(SUPERVISOR, "thorn").totalItems); // the site's
        assertEquals(3, search(ADMIN, "thorn").totalItems);
    }

    @Test
    void noSearchOrCountReadsAWholeTable() throws SQLException {
        Team mine = f.team("North", 25);
        for (int i = 0; i < 40; i++) {
            Participant p = participant("Quinn" + i, "Abernathy" + (i % 9), DOB.plusDays(i));
            p.identifiers = List.of(new Identifier("jail-booking", "B-" + i));
            String id = f.participants.create(ADMIN, p).id;
            if (i % 4 == 0) {
                Participant x = f.participants.get(ADMIN, id);
                f.enrollments.create(ADMIN, RegistryFixture.enrollment(x.id, mine.id));
            }
        }
        ds.explain(true);
        search(CM, "aber quinn1");
        search(ADMIN, "abernathy3");
        ParticipantSearch byBirth = new ParticipantSearch();
        byBirth.dateOfBirth = DOB.plusDays(4);
        f.participants.search(CM, byBirth, PageRequest.of(0, 20));
        ParticipantSearch byId = new ParticipantSearch();
        byId.identifierValue = "B-8";
        f.participants.search(CM, byId, PageRequest.of(0, 20));
        f.participants.search(CM, new ParticipantSearch(), PageRequest.of(0, 20));
        Page<Participant> first = f.participants.search(ADMIN, new ParticipantSearch(), PageRequest.of(0, 5));
        f.participants.search(ADMIN, new ParticipantSearch(), PageRequest.of(null, 5, first.next));
        ds.explain(false);
        List<String> scans = ds.tableScans("reg_participant p", "REG_NAME_TOKEN", "REG_PARTICIPANT", "REG_IDENTIFIER",
                "REG_ENROLLMENT", "REG_TEAM");
        assertTrue(ds.statements("reg_participant p") >= 14, "searches and counts explained: " + ds.statements("reg_participant p"));
        assertEquals(List.of(), scans, "table scans in participant searches");
    }

    @Test
    void enrollmentListsReadIndexesToo() throws SQLException {
        Team mine = f.team("North", 25);
        f.staffMember("cm.other", StaffRole.CASE_MANAGER);
        f.staffMember("pss.other", StaffRole.PEER_SPECIALIST);
        Team theirs = f.team("South", "cm.other", "pss.other");
        for (int i = 0; i < 30; i++) {
            f.enrolled("Larkspur" + i, i % 3 == 0 ? mine : theirs, RegistryFixture.TODAY.minusDays(i));
        }
        ds.explain(true);
        Page<Enrollment> own = f.enrollments.list(CM, new EnrollmentSearch(), PageRequest.of(0, 20));
        EnrollmentSearch byTeam = new EnrollmentSearch();
        byTeam.teamId = mine.id;
        f.enrollments.list(CM, byTeam, PageRequest.of(0, 20));
        f.enrollments.list(ADMIN, new EnrollmentSearch(), PageRequest.of(0, 20));
        EnrollmentSearch byParticipant = new EnrollmentSearch();
        byParticipant.participantId = own.items.get(0).participantId;
        f.enrollments.list(CM, byParticipant, PageRequest.of(0, 20));
        ds.explain(false);
        assertEquals(10, own.totalItems);
        assertTrue(ds.statements("from reg_enrollment r") >= 8, "lists explained: " + ds.statements("from reg_enrollment r"));
        assertEquals(List.of(), ds.tableScans("from reg_enrollment r", "REG_ENROLLMENT", "REG_TEAM", "REG_PARTICIPANT"));
    }

    private Page<Participant> search(org.missioncj.core.api.Actor actor, String name) {
        return f.participants.search(actor, byName(name), PageRequest.of(0, 50));
    }

    private static ParticipantSearch byName(String name) {
        ParticipantSearch q = new ParticipantSearch();
        q.name = name;
        return q;
    }

    private static List<String> ids(Page<Participant> page) {
        return page.items.stream().map(p -> p.id).toList();
    }
}
