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
    private final Actor privacy = new Actor("privacy.test", EnumSet.of(Role.PRIVACY_OFFICER), "OPERATIONS");
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
        Page<AuditRecord> page = audit.query(privacy, q, PageRequest.of(0, 2));
        assertEquals(5, page.totalItems);
        assertEquals(3, page.totalPages);
        assertEquals("p4", page.items.get(0).participantId);
        assertEquals("TREATMENT", page.items.get(0).purpose);
        assertEquals("CASE_MANAGER", page.items.get(0).roles);
    }

    @Test
    void readingTheAuditLogIsAuditedAndNeedsAnAuditRole() {
        assertThrows(ForbiddenException.class, () -> audit.query(cm, new AuditQuery(), PageRequest.of(0, 10)));
        audit.query(privacy, new AuditQuery(), PageRequest.of(0, 10));
        AuditQuery q = new AuditQuery();
        q.action = "AUDIT_READ";
        Page<AuditRecord> reads = audit.query(privacy, q, PageRequest.of(0, 10));
        // the denied attempt, the first read (the second is written after its own query ran)
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
        audit.setParticipantScope((actor, participantId) -> "p9".equals(participantId));
        Page<AuditRecord> page = audit.query(supervisor, q, PageRequest.of(0, 10));
        assertEquals(1, page.totalItems);
        assertEquals(AuditOutcome.REJECTED, page.items.get(0).outcome);
        assertEquals("stale", page.items.get(0).detail);
    }

    @Test
    void aSupervisorReadsTheTrailOfOneParticipantOfTheirSiteAtATime() {
        audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant("mine"));
        audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant("elsewhere"));
        audit.setParticipantScope((actor, participantId) -> "mine".equals(participantId));
        assertThrows(ForbiddenException.class, () -> audit.query(supervisor, new AuditQuery(), PageRequest.of(0, 10)));
        AuditQuery other = new AuditQuery();
        other.participantId = "elsewhere";
        assertThrows(ForbiddenException.class, () -> audit.query(supervisor, other, PageRequest.of(0, 10)));
        AuditQuery mine = new AuditQuery();
        mine.participantId = "mine";
        assertEquals(1, audit.query(supervisor, mine, PageRequest.of(0, 10)).totalItems);
        AuditQuery denied = new AuditQuery();
        denied.outcome = AuditOutcome.DENIED;
        denied.action = "AUDIT_READ";
        assertEquals(2, audit.query(privacy, denied, PageRequest.of(0, 10)).totalItems, "both refusals are on record");
    }
}
