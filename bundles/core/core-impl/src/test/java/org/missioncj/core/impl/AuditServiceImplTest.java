package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.audit.AuditedWork;

class AuditServiceImplTest {
    private final Actor cm = new Actor("cm.test", EnumSet.of(Role.CASE_MANAGER), null);
    private final Actor supervisor = new Actor("sup.test", EnumSet.of(Role.CLINICAL_SUPERVISOR), "OPERATIONS");
    private DatabaseComponent db;
    private AuditServiceImpl audit;

    @BeforeEach
    void setUp() {
        db = new DatabaseComponent(InMemoryDerby.create());
        audit = new AuditServiceImpl(db);
    }

    @Test
    void recordsAreQueryableNewestFirstWithPages() {
        for (int i = 0; i < 5; i++) {
            audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant("p" + i).resource("p" + i));
        }
        AuditQuery q = new AuditQuery();
        q.actor = "cm.test";
        Page<AuditRecord> page = audit.query(supervisor, q, PageRequest.of(0, 2));
        assertEquals(5, page.totalItems);
        assertEquals(3, page.totalPages);
        assertEquals("p4", page.items.get(0).participantId);
        assertEquals("TREATMENT", page.items.get(0).purpose);
        assertEquals("CASE_MANAGER", page.items.get(0).roles);
    }

    @Test
    void readingTheAuditLogIsAuditedAndNeedsASupervisorRole() {
        assertThrows(ForbiddenException.class, () -> audit.query(cm, new AuditQuery(), PageRequest.of(0, 10)));
        audit.query(supervisor, new AuditQuery(), PageRequest.of(0, 10));
        AuditQuery q = new AuditQuery();
        q.action = "AUDIT_READ";
        Page<AuditRecord> reads = audit.query(supervisor, q, PageRequest.of(0, 10));
        // the denied attempt, the first supervisor read (the second is written after its own query ran)
        assertEquals(2, reads.totalItems);
        assertEquals(AuditOutcome.SUCCESS, reads.items.get(0).outcome);
        assertEquals(AuditOutcome.DENIED, reads.items.get(1).outcome);
        assertEquals("OPERATIONS", reads.items.get(0).purpose);
    }

    @Test
    void refusedWorkLeavesARejectedRecordAndNoChange() {
        AuditEntry entry = AuditEntry.of(cm, "registry", "UPDATE", "participant").participant("p9");
        assertThrows(ConflictException.class, () -> AuditedWork.run(db, audit, entry, tx -> {
            throw new ConflictException("stale");
        }));
        AuditQuery q = new AuditQuery();
        q.participantId = "p9";
        Page<AuditRecord> page = audit.query(supervisor, q, PageRequest.of(0, 10));
        assertEquals(1, page.totalItems);
        assertEquals(AuditOutcome.REJECTED, page.items.get(0).outcome);
        assertEquals("stale", page.items.get(0).detail);
    }
}
