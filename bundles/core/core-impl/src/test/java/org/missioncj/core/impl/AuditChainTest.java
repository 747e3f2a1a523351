package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditVerification;

class AuditChainTest {
    private final Actor cm = new Actor("cm.test", EnumSet.of(Role.CASE_MANAGER), null);
    private final Actor admin = new Actor("admin.test", EnumSet.of(Role.PROGRAM_ADMIN), null);
    private DataSource dataSource;
    private AuditServiceImpl audit;

    @BeforeEach
    void setUp() {
        dataSource = InMemoryDerby.create();
        audit = new AuditServiceImpl(new DatabaseComponent(dataSource));
        for (int i = 0; i < 5; i++) {
            audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant("p" + i).detail("read " + i));
        }
    }

    @Test
    void sealedRecordsVerify() {
        assertEquals(5, audit.sealPending());
        assertEquals(0, audit.sealPending());
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(5, v.checked);
        assertEquals(0, v.unsealed);
        // the verification itself was recorded, and will be sealed with the next records
        assertTrue(audit.verify(admin).checked >= 6);
        assertThrows(ForbiddenException.class, () -> audit.verify(cm));
    }

    @Test
    void moreThanABatchIsSealedInOneChainOverSeveralTransactions() {
        int more = AuditChain.BATCH * 2 + 7;
        for (int i = 0; i < more; i++) {
            audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant("q" + i));
        }
        assertEquals(5 + more, audit.sealPending());
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(5 + more, v.checked);
    }

    @Test
    void aChangedRecordBreaksTheChainAtThatRecord() throws Exception {
        audit.sealPending();
        long id = single("SELECT id FROM core_audit WHERE seal_seq = 3");
        exec("UPDATE core_audit SET detail = 'nothing to see' WHERE id = " + id);
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertEquals(3L, v.brokenAtSeq);
        assertEquals(id, v.brokenRecordId);
        assertTrue(v.reason.contains("changed after it was sealed"), v.reason);
        assertEquals(2, v.checked);
    }

    @Test
    void aRemovedRecordBreaksTheChain() throws Exception {
        audit.sealPending();
        exec("DELETE FROM core_audit WHERE seal_seq = 2");
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertEquals(2L, v.brokenAtSeq);
        assertNull(v.brokenRecordId);
        assertTrue(v.reason.contains("missing"), v.reason);
    }

    @Test
    void removingTheNewestRecordIsNoticedToo() throws Exception {
        audit.sealPending();
        exec("DELETE FROM core_audit WHERE seal_seq = 5");
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact, "the seal row remembers where the chain ended");
    }

    @Test
    void retentionRemovesOldRecordsAndTheRestStillVerifies() throws Exception {
        audit.sealPending();
        exec("UPDATE core_audit SET occurred_at = TIMESTAMP('2015-01-01 00:00:00') WHERE seal_seq <= 3");
        // the test changed dates behind the chain's back: re-seal from scratch so the chain is honest
        exec("UPDATE core_audit SET seal_seq = NULL, prev_hash = NULL, record_hash = NULL");
        exec("UPDATE core_audit_seal SET last_seq = 0, last_hash = base_hash");
        audit.sealPending();
        assertEquals(3, audit.purgeBefore(Instant.parse("2020-01-01T00:00:00Z")));
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(3, v.checked); // two old reads left, plus the purge's own record
    }

    private long single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
