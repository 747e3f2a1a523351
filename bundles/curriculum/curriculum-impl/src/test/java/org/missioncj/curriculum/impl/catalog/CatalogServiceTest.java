package org.missioncj.curriculum.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.curriculum.api.CatalogEvents;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.CatalogSessionSearch;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;
import org.osgi.service.event.Event;

/** The catalogs on the test kit's platform: the module's own migrations and mappers on an in-memory Derby. */
class CatalogServiceTest {
    private static final Actor ADMIN = TestActors.ADMIN;
    private static final Actor CM = TestActors.CM;
    private static final Actor PSS = TestActors.PSS;
    private static final List<String> DRT_TITLES = List.of("Onset of Problems", "Life Problem Areas",
            "Motivation, Confidence and Readiness to Change", "Developing a Personal Recovery Plan", "Decisional Balance",
            "Developing Strong Communication Skills", "Orientation to 12-Step Programs", "Anger Management",
            "Relapse Prevention", "Relationship-Related Triggers", "Changing Unhealthy Thinking Patterns",
            "Changing Irrational Beliefs", "Scheduling Activities in Early Recovery");
    private static final List<String> PEER_TITLES = List.of("Willingness", "Self-Acceptance and Respect", "Gratitude",
            "Humility", "Dealing with Frustration", "Handling Painful Situations", "Significance of Honesty", "Courage",
            "Patience", "Medicine Maintenance", "Making a Good Thing Last");

    private TestPlatform platform;
    private CatalogServiceImpl catalog;

    @BeforeEach
    void setUp() {
        platform = new TestPlatform();
        catalog = new CatalogServiceImpl(platform.module(CurriculumSettings.class));
    }

    private static List<String> titles(List<CatalogSession> sessions) {
        return sessions.stream().map(s -> s.title).collect(Collectors.toList());
    }

    private static CatalogSession session(Curriculum c, String edition, Integer number, String title, String summary) {
        CatalogSession s = new CatalogSession();
        s.curriculum = c;
        s.edition = edition;
        s.number = number;
        s.title = title;
        s.summary = summary;
        return s;
    }

    private static CatalogEdition edition(Curriculum c, String code, String title, String basedOn) {
        CatalogEdition e = new CatalogEdition();
        e.curriculum = c;
        e.code = code;
        e.title = title;
        e.basedOn = basedOn;
        return e;
    }

    private static CatalogSession wording(String title, String summary, Integer number) {
        return session(null, null, number, title, summary);
    }

    private List<AuditRecord> trail(String action) {
        AuditQuery q = new AuditQuery();
        q.component = "curriculum";
        q.action = action;
        return platform.audit.query(ADMIN, q, PageRequest.of(0, 50)).items;
    }

    // ---- shipped --------------------------------------------------------------------------------------

    @Test
    void theManualShipsThirteenDrtAndElevenPeerSessionsInOrder() {
        List<CatalogSession> drt = catalog.current(CM, Curriculum.DRT);
        assertEquals(DRT_TITLES, titles(drt));
        for (int i = 0; i < drt.size(); i++) {
            CatalogSession s = drt.get(i);
            assertEquals(String.format("drt-mission-cj-%02d", i + 1), s.id);
            assertEquals(i + 1, s.number);
            assertEquals(1, s.version);
            assertEquals("mission-cj", s.edition);
            assertEquals(Curriculum.DRT, s.curriculum);
            assertFalse(s.local);
            assertFalse(s.retired);
            assertTrue(s.summary != null && s.summary.endsWith(".") && s.summary.length() < 200, s.summary);
            assertEquals("migration", s.updatedBy);
        }
        List<CatalogSession> peer = catalog.current(PSS, Curriculum.PEER);
        assertEquals(PEER_TITLES, titles(peer));
        assertEquals("peer-mission-cj-11", peer.get(10).id);

        List<CatalogEdition> editions = catalog.editions(PSS, Curriculum.DRT);
        assertEquals(1, editions.size());
        CatalogEdition e = editions.get(0);
        assertEquals("mission-cj", e.code);
        assertEquals("MISSION-CJ manual", e.title);
        assertTrue(e.inUse);
        assertEquals(13, e.sessions);
        assertEquals("migration", e.createdBy);
        assertEquals(11, catalog.edition(CM, Curriculum.PEER, "mission-cj").sessions);

        Page<CatalogSession> page = catalog.sessions(CM, new CatalogSessionSearch(Curriculum.DRT, null, false),
                PageRequest.of(1, 5));
        assertEquals(13, page.totalItems);
        assertEquals(3, page.totalPages);
        assertEquals(DRT_TITLES.subList(5, 10), titles(page.items));
        assertEquals(1, catalog.versions(CM, "drt-mission-cj-01").size());
    }

    // ---- rewording ------------------------------------------------------------------------------------

    @Test
    void rewordingMakesAVersionAndADeliveredSessionStillReadsItsOwn() {
        // what a delivered session keeps: the id and the version it used
        CatalogSession delivered = catalog.get(CM, "drt-mission-cj-05");
        assertEquals(1, delivered.version);

        CatalogSession v2 = catalog.reword(ADMIN, "drt-mission-cj-05", 1,
                wording("  Decisional Balance: Pros and Cons ", "Lists the pros and cons of use and of change.", null));
        assertEquals(2, v2.version);
        assertEquals("Decisional Balance: Pros and Cons", v2.title);
        assertEquals(5, v2.number);
        assertEquals(ADMIN.username(), v2.updatedBy);

        CatalogSession asDelivered = catalog.get(CM, delivered.id, delivered.version);
        assertEquals("Decisional Balance", asDelivered.title);
        assertEquals(delivered.summary, asDelivered.summary);
        assertEquals(1, asDelivered.version);
        assertEquals("Decisional Balance: Pros and Cons", catalog.get(CM, delivered.id).title);
        assertEquals("Decisional Balance: Pros and Cons", catalog.current(CM, Curriculum.DRT).get(4).title);
        assertEquals(List.of(1, 2), catalog.versions(PSS, delivered.id).stream().map(s -> s.version)
                .collect(Collectors.toList()));

        // the summary left out stays; the number moves to a free place
        CatalogSession v3 = catalog.reword(ADMIN, delivered.id, 2, wording("Decisional Balance", null, 20));
        assertEquals(3, v3.version);
        assertEquals("Lists the pros and cons of use and of change.", v3.summary);
        assertEquals(20, v3.number);
        assertEquals("Decisional Balance", catalog.current(CM, Curriculum.DRT).get(12).title);

        // the same wording again is no new version
        assertEquals(3, catalog.reword(ADMIN, delivered.id, 3, wording("Decisional Balance", null, null)).version);

        List<AuditRecord> updates = trail("UPDATE");
        assertEquals(3, updates.size());
        assertTrue(updates.stream().allMatch(r -> r.resourceType.equals("catalog-session")
                && r.resourceId.equals("drt-mission-cj-05") && r.outcome == AuditOutcome.SUCCESS), updates.toString());
        List<Event> events = platform.events.events(CatalogEvents.CHANGED);
        assertEquals(2, events.size());
        Event e = events.get(0);
        assertEquals("DRT", e.getProperty(CatalogEvents.PROP_CURRICULUM));
        assertEquals(CatalogEvents.CHANGE_SESSION_REWORDED, e.getProperty(CatalogEvents.PROP_CHANGE));
        assertEquals("drt-mission-cj-05", e.getProperty(CatalogEvents.PROP_SESSION_ID));
        assertEquals(2, e.getProperty(CatalogEvents.PROP_VERSION));
    }

    @Test
    void rewordingNeedsTheCurrentVersion() {
        assertThrows(PreconditionRequiredException.class, () -> catalog.reword(ADMIN, "peer-mission-cj-03",
                PreconditionRequiredException.MISSING_VERSION, wording("Thankfulness", null, null)));
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> catalog.reword(ADMIN, "peer-mission-cj-03", 7, wording("Thankfulness", null, null)));
        assertTrue(stale.getMessage().contains("your version 7, now 1"), stale.getMessage());
        catalog.reword(ADMIN, "peer-mission-cj-03", 1, wording("Thankfulness", null, null));
        assertThrows(PreconditionFailedException.class,
                () -> catalog.reword(ADMIN, "peer-mission-cj-03", 1, wording("Gratitude again", null, null)));
        assertEquals("Thankfulness", catalog.get(PSS, "peer-mission-cj-03").title);
    }

    @Test
    void rewordingIsValidatedFieldByField() {
        ValidationException bad = assertThrows(ValidationException.class, () -> catalog.reword(ADMIN,
                "drt-mission-cj-01", 1, wording(" ", "x".repeat(1001), 0)));
        assertEquals(3, bad.errors().size(), bad.errors().toString());
        ConflictException taken = assertThrows(ConflictException.class,
                () -> catalog.reword(ADMIN, "drt-mission-cj-01", 1, wording("Onset of Problems", null, 2)));
        assertTrue(taken.getMessage().contains("drt-mission-cj-02 (Life Problem Areas)"), taken.getMessage());
        assertThrows(NotFoundException.class, () -> catalog.reword(ADMIN, "drt-mission-cj-99", 1,
                wording("Anything", null, null)));
    }

    // ---- retiring -------------------------------------------------------------------------------------

    @Test
    void aRetiredSessionIsNoLongerCountedButStaysReadable() {
        CatalogSession retired = catalog.retire(ADMIN, "drt-mission-cj-07", 1, "Replaced by a local session on mutual help");
        assertTrue(retired.retired);
        assertEquals(2, retired.version);
        assertEquals("Replaced by a local session on mutual help", retired.retiredReason);
        assertEquals(12, catalog.current(CM, Curriculum.DRT).size());
        assertEquals(12, catalog.sessions(CM, new CatalogSessionSearch(Curriculum.DRT, null, false),
                PageRequest.of(0, 50)).totalItems);
        assertEquals(13, catalog.sessions(CM, new CatalogSessionSearch(Curriculum.DRT, "mission-cj", true),
                PageRequest.of(0, 50)).totalItems);
        assertEquals(12, catalog.editions(CM, Curriculum.DRT).get(0).sessions);
        assertFalse(catalog.get(CM, "drt-mission-cj-07", 1).retired);
        assertNull(catalog.get(CM, "drt-mission-cj-07", 1).retiredReason);
        assertTrue(catalog.get(CM, "drt-mission-cj-07").retired);

        ConflictException twice = assertThrows(ConflictException.class,
                () -> catalog.retire(ADMIN, "drt-mission-cj-07", 2, "again"));
        assertTrue(twice.getMessage().contains("retired already"), twice.getMessage());
        assertThrows(ConflictException.class, () -> catalog.reword(ADMIN, "drt-mission-cj-07", 2,
                wording("Orientation to Mutual Help", null, null)));
        assertThrows(ValidationException.class, () -> catalog.retire(ADMIN, "drt-mission-cj-08", 1, "  "));
        assertThrows(PreconditionRequiredException.class, () -> catalog.retire(ADMIN, "drt-mission-cj-08",
                PreconditionRequiredException.MISSING_VERSION, "no longer taught"));
        assertThrows(PreconditionFailedException.class, () -> catalog.retire(ADMIN, "drt-mission-cj-08", 3,
                "no longer taught"));
        assertThrows(NotFoundException.class, () -> catalog.retire(ADMIN, "nothing-here", 1, "no longer taught"));

        // its number is free again
        CatalogSession local = catalog.add(ADMIN, session(Curriculum.DRT, null, 7, "Mutual-Help Meetings Nearby", null));
        assertEquals(7, local.number);
        assertEquals("Mutual-Help Meetings Nearby", catalog.current(CM, Curriculum.DRT).get(6).title);
        assertEquals(1, trail("RETIRE").stream().filter(r -> r.outcome == AuditOutcome.SUCCESS).count());
    }

    // ---- local sessions -------------------------------------------------------------------------------

    @Test
    void aSiteAddsLocalSessions() {
        CatalogSession local = catalog.add(ADMIN, session(Curriculum.PEER, null, null, "Naloxone and Staying Safe",
                "Talks about carrying naloxone and what to do in an overdose."));
        assertEquals(12, local.number);
        assertTrue(local.local);
        assertEquals(1, local.version);
        assertEquals("mission-cj", local.edition);
        assertTrue(local.id.matches("peer-mission-cj-local-[0-9a-f]{8}"), local.id);
        assertEquals(12, catalog.current(PSS, Curriculum.PEER).size());
        assertEquals(local.title, catalog.get(PSS, local.id, 1).title);
        assertEquals(local.id, trail("CREATE").get(0).resourceId);

        ConflictException taken = assertThrows(ConflictException.class,
                () -> catalog.add(ADMIN, session(Curriculum.PEER, "mission-cj", 4, "Another Humility", null)));
        assertTrue(taken.getMessage().contains("peer-mission-cj-04 (Humility)"), taken.getMessage());
        UnprocessableException noEdition = assertThrows(UnprocessableException.class,
                () -> catalog.add(ADMIN, session(Curriculum.PEER, "third-edition", null, "Anything", null)));
        assertTrue(noEdition.getMessage().startsWith("edition: "), noEdition.getMessage());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> catalog.add(ADMIN, session(Curriculum.PEER, null, 1000, null, "x".repeat(1001))));
        assertEquals(3, bad.errors().size(), bad.errors().toString());
        assertThrows(ValidationException.class, () -> catalog.add(ADMIN, null));
        assertThrows(NotFoundException.class, () -> catalog.add(ADMIN, session(null, null, null, "Anything", null)));
    }

    // ---- editions -------------------------------------------------------------------------------------

    @Test
    void anotherEditionStartsFromTheOneInUseAndTakesOverWhenUsed() {
        catalog.reword(ADMIN, "drt-mission-cj-02", 1, wording("Problem Areas of Life", null, null));
        catalog.retire(ADMIN, "drt-mission-cj-13", 1, "Covered in session 4 in the second edition");
        CatalogEdition second = catalog.addEdition(ADMIN, edition(Curriculum.DRT, "mission-cj-2e", "MISSION-CJ manual, "
                + "second edition", "mission-cj"));
        assertFalse(second.inUse);
        assertEquals(12, second.sessions);
        assertEquals(13, catalog.current(CM, Curriculum.DRT).size() + 1, "the edition in use did not change");

        List<CatalogSession> copied = catalog.sessions(CM, new CatalogSessionSearch(Curriculum.DRT, "mission-cj-2e", false),
                PageRequest.of(0, 50)).items;
        assertEquals(12, copied.size());
        assertEquals("drt-mission-cj-2e-02", copied.get(1).id);
        assertEquals("Problem Areas of Life", copied.get(1).title);
        assertEquals(1, copied.get(1).version);

        CatalogEdition used = catalog.useEdition(ADMIN, Curriculum.DRT, "mission-cj-2e");
        assertTrue(used.inUse);
        assertEquals("mission-cj-2e", catalog.current(CM, Curriculum.DRT).get(0).edition);
        List<CatalogEdition> editions = catalog.editions(CM, Curriculum.DRT);
        assertEquals(List.of("mission-cj", "mission-cj-2e"), editions.stream().map(e -> e.code).collect(Collectors.toList()));
        assertEquals(1, editions.stream().filter(e -> e.inUse).count());
        assertFalse(catalog.edition(CM, Curriculum.DRT, "mission-cj").inUse);
        // the other curriculum is not touched
        assertTrue(catalog.edition(CM, Curriculum.PEER, "mission-cj").inUse);
        // a session added without an edition goes to the one in use
        assertEquals("mission-cj-2e", catalog.add(ADMIN, session(Curriculum.DRT, null, null, "Local", null)).edition);
        // using the one in use changes nothing
        assertTrue(catalog.useEdition(ADMIN, Curriculum.DRT, "mission-cj-2e").inUse);

        catalog.useEdition(ADMIN, Curriculum.DRT, "mission-cj");
        assertEquals("mission-cj", catalog.current(CM, Curriculum.DRT).get(0).edition);
        assertEquals(2, platform.events.events(CatalogEvents.CHANGED).stream()
                .filter(e -> CatalogEvents.CHANGE_EDITION_IN_USE.equals(e.getProperty(CatalogEvents.PROP_CHANGE))).count());
    }

    @Test
    void editionsAreCheckedBeforeTheyAreAddedOrUsed() {
        CatalogEdition empty = catalog.addEdition(ADMIN, edition(Curriculum.PEER, "county.2026", "County adaptation", null));
        assertEquals(0, empty.sessions);
        assertEquals(ADMIN.username(), empty.createdBy);
        ConflictException emptyInUse = assertThrows(ConflictException.class,
                () -> catalog.useEdition(ADMIN, Curriculum.PEER, "county.2026"));
        assertTrue(emptyInUse.getMessage().contains("no session"), emptyInUse.getMessage());
        assertThrows(UnprocessableException.class, () -> catalog.useEdition(ADMIN, Curriculum.PEER, "no-such"));
        assertThrows(ValidationException.class, () -> catalog.useEdition(ADMIN, Curriculum.PEER, null));
        assertThrows(ConflictException.class,
                () -> catalog.addEdition(ADMIN, edition(Curriculum.PEER, "county.2026", "Again", null)));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> catalog.addEdition(ADMIN, edition(Curriculum.PEER, "County 2026", "", null)));
        assertEquals(2, bad.errors().size(), bad.errors().toString());
        assertThrows(ValidationException.class,
                () -> catalog.addEdition(ADMIN, edition(Curriculum.PEER, "-x", "Title", null)));
        assertThrows(UnprocessableException.class,
                () -> catalog.addEdition(ADMIN, edition(Curriculum.PEER, "copy", "Copy", "no-such")));
        assertThrows(NotFoundException.class, () -> catalog.edition(CM, Curriculum.PEER, "no-such"));
        assertThrows(NotFoundException.class, () -> catalog.sessions(CM,
                new CatalogSessionSearch(Curriculum.PEER, "no-such", false), PageRequest.of(0, 10)));

        catalog.add(ADMIN, session(Curriculum.PEER, "county.2026", null, "Welcome to the Group", null));
        assertTrue(catalog.useEdition(ADMIN, Curriculum.PEER, "county.2026").inUse);
        assertEquals(List.of("Welcome to the Group"), titles(catalog.current(PSS, Curriculum.PEER)));
        assertEquals(13, catalog.current(PSS, Curriculum.DRT).size());
    }

    // ---- access and not found ---------------------------------------------------------------------------

    @Test
    void staffReadTheCatalogAndOnlyProgramAdminsChangeIt() {
        assertEquals(13, catalog.sessions(TestActors.SUPERVISOR, new CatalogSessionSearch(Curriculum.DRT, null, false),
                PageRequest.of(0, 20)).items.size());
        assertEquals(1, catalog.editions(TestActors.NAVIGATOR, Curriculum.PEER).size());
        assertThrows(ForbiddenException.class, () -> catalog.get(TestActors.LIAISON, "drt-mission-cj-01"));
        assertThrows(ForbiddenException.class, () -> catalog.sessions(TestActors.PRIVACY,
                new CatalogSessionSearch(Curriculum.DRT, null, false), PageRequest.of(0, 20)));
        assertThrows(ForbiddenException.class, () -> catalog.add(CM, session(Curriculum.DRT, null, null, "Mine", null)));
        assertThrows(ForbiddenException.class, () -> catalog.reword(CM, "drt-mission-cj-01", 1,
                wording("Mine", null, null)));
        // the role is checked before anything else: no 428 for a caller who may not change the catalog
        assertThrows(ForbiddenException.class, () -> catalog.retire(PSS, "peer-mission-cj-01",
                PreconditionRequiredException.MISSING_VERSION, null));
        assertThrows(ForbiddenException.class, () -> catalog.useEdition(TestActors.SUPERVISOR, Curriculum.DRT, "x"));
        assertThrows(ForbiddenException.class,
                () -> catalog.addEdition(TestActors.NAVIGATOR, edition(Curriculum.DRT, "x", "X", null)));
        assertThrows(ForbiddenException.class, () -> catalog.editions(TestActors.LIAISON, null));
        List<AuditRecord> denied = trail(null).stream().filter(r -> r.outcome == AuditOutcome.DENIED)
                .collect(Collectors.toList());
        assertEquals(5, denied.size(), denied.toString());
        assertEquals(1, catalog.get(CM, "drt-mission-cj-01").version, "nothing changed");
    }

    @Test
    void unknownSessionsVersionsAndCurriculaAreNotFound() {
        NotFoundException none = assertThrows(NotFoundException.class, () -> catalog.get(CM, "drt-mission-cj-14"));
        assertTrue(none.getMessage().contains("no catalog session drt-mission-cj-14"), none.getMessage());
        NotFoundException noVersion = assertThrows(NotFoundException.class, () -> catalog.get(CM, "drt-mission-cj-01", 2));
        assertTrue(noVersion.getMessage().contains("versions are 1 to 1"), noVersion.getMessage());
        assertThrows(NotFoundException.class, () -> catalog.get(CM, "nope", 1));
        assertThrows(NotFoundException.class, () -> catalog.versions(CM, "nope"));
        assertThrows(NotFoundException.class, () -> catalog.editions(CM, null));
        assertThrows(NotFoundException.class, () -> catalog.current(CM, null));
        assertThrows(NotFoundException.class, () -> catalog.sessions(CM, null, PageRequest.of(0, 10)));
    }
}
