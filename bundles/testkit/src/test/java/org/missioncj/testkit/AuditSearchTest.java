package org.missioncj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;

/**
 * The audit search at scale: newest first by time, pages by key, totals capped, and (on Derby, through its
 * XPLAIN tables) every filter read from an index range, never the whole trail.
 */
class AuditSearchTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private ExplainedDerby ds;
    private TestPlatform platform;

    @BeforeEach
    void setUp() {
        ds = new ExplainedDerby();
        platform = new TestPlatform(ds, Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE));
    }

    /** {@code n} records, a minute apart from {@link #START}, straight into the table (as a long-running site has). */
    private void insert(int n) throws SQLException {
        platform.audit.record(AuditEntry.of(TestActors.ADMIN, "test", "START", "test")); // the schema is migrated
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO core_audit "
                + "(occurred_at, actor, roles, component, action, resource_type, resource_id, participant_id, outcome, "
                + "purpose, detail) VALUES (?, ?, 'CASE_MANAGER', 'registry', ?, 'participant', ?, ?, 'SUCCESS', "
                + "'TREATMENT', NULL)")) {
            for (int i = 0; i < n; i++) {
                s.setTimestamp(1, Timestamp.from(START.plusSeconds(60L * i)));
                s.setString(2, "cm." + (i % 10));
                s.setString(3, i % 3 == 0 ? "UPDATE" : "READ");
                s.setString(4, "p" + (i % 30));
                s.setString(5, "p" + (i % 30));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Test
    void pagesByKeyWalkTheTrailNewestFirstOnce() throws SQLException {
        insert(95);
        AuditQuery q = new AuditQuery();
        q.actor = "cm.3";
        List<AuditRecord> all = platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(0, 200)).items;
        assertEquals(10, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).occurredAt.isAfter(all.get(i).occurredAt), "newest first");
        }
        List<Long> walked = new ArrayList<>();
        String after = null;
        do {
            Page<AuditRecord> page = platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(null, 4, after));
            page.items.forEach(r -> walked.add(r.id));
            assertEquals(10, page.totalItems);
            after = page.next;
        } while (after != null);
        assertEquals(all.stream().map(r -> r.id).toList(), walked);
        // filters lose surrounding spaces: Derby would match 'cm.3 ' to 'cm.3', PostgreSQL would not
        AuditQuery spaced = new AuditQuery();
        spaced.actor = " cm.3 ";
        spaced.participantId = "p3\t";
        assertEquals(List.of(all.get(0).id),
                platform.audit.query(TestActors.PRIVACY, spaced, PageRequest.of(0, 1)).items.stream().map(r -> r.id).toList());
        assertThrows(ValidationException.class,
                () -> platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(null, 4, "not-an-id")));
        assertThrows(ValidationException.class,
                () -> platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(null, 4, "999999999")));
        // a record this search does not find (another actor's) is no place to start from: its time stays unsaid
        AuditQuery other = new AuditQuery();
        other.actor = "cm.4";
        String foreign = String.valueOf(platform.audit.query(TestActors.PRIVACY, other, PageRequest.of(0, 1)).items.get(0).id);
        assertThrows(ValidationException.class,
                () -> platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(null, 4, foreign)));
    }

    @Test
    void aTotalOverTheCapSaysAtLeast() throws SQLException {
        insert(Page.COUNT_CAP + 5);
        Page<AuditRecord> page = platform.audit.query(TestActors.PRIVACY, new AuditQuery(), PageRequest.of(0, 200));
        assertTrue(page.totalCapped);
        assertEquals(Page.COUNT_CAP, page.totalItems);
        assertEquals(Page.COUNT_CAP / 200, page.totalPages);
        assertEquals(200, page.items.size());
        // a page past the capped total is read all the same
        Page<AuditRecord> deep = platform.audit.query(TestActors.PRIVACY, new AuditQuery(), PageRequest.of(50, 200));
        assertFalse(deep.items.isEmpty());
        AuditQuery one = new AuditQuery();
        one.participantId = "p7";
        Page<AuditRecord> exact = platform.audit.query(TestActors.PRIVACY, one, PageRequest.of(0, 5));
        assertFalse(exact.totalCapped);
        assertEquals((Page.COUNT_CAP + 5 + 22) / 30, exact.totalItems);
        Page<AuditRecord> firstOfTwo = platform.audit.query(TestActors.PRIVACY, one, PageRequest.of(0, 200));
        Page<AuditRecord> last = platform.audit.query(TestActors.PRIVACY, one, PageRequest.of(null, 200, firstOfTwo.next));
        // the searches are audited under the participant too: the total has grown by the first search's record
        assertEquals(firstOfTwo.totalItems - 200, last.items.size());
        assertNull(last.next);
    }

    @Test
    void everyFilterReadsAnIndexRangeNotTheTrail() throws SQLException {
        insert(600);
        ds.explain(true);
        Instant from = START.plusSeconds(60L * 100);
        Instant to = START.plusSeconds(60L * 160);
        for (int i = 0; i < 6; i++) {
            AuditQuery q = new AuditQuery();
            switch (i) {
                case 0 -> q.participantId = "p4";
                case 1 -> q.actor = "cm.2";
                case 2 -> q.action = "UPDATE";
                case 3 -> {
                    q.from = from;
                    q.to = to;
                }
                case 4 -> {
                    q.participantId = "p4";
                    q.from = from;
                }
                default -> q.actor = null; // no filter
            }
            Page<AuditRecord> first = platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(0, 3));
            platform.audit.query(TestActors.PRIVACY, q, PageRequest.of(null, 3, first.next));
        }
        ds.explain(false);
        assertTrue(ds.statements("derby-properties index=core_audit") >= 18,
                "searches explained: " + ds.statements("derby-properties index=core_audit"));
        assertEquals(List.of(), ds.tableScans("derby-properties index=core_audit", "CORE_AUDIT"));
    }
}
