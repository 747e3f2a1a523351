package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditVerification;

class AuditBlocksTest {
    private final Actor cm = new Actor("cm.test", EnumSet.of(Role.CASE_MANAGER), null, "192.0.2.10");
    private final Actor admin = new Actor("admin.test", EnumSet.of(Role.PROGRAM_ADMIN), null);
    @TempDir
    Path dir;
    private DataSource dataSource;
    private DatabaseComponent database;
    private AuditKeys keys;
    private AuditWitness witness;
    private AuditServiceImpl audit;

    @BeforeEach
    void setUp() {
        dataSource = InMemoryDerby.create();
        database = new DatabaseComponent(dataSource);
        keys = AuditKeys.file(dir.resolve("mission-audit.keys"));
        witness = new AuditWitness.FileWitness(dir.resolve("witness.log"));
        audit = new AuditServiceImpl(database, keys, witness, 0, 6, 0);
        for (int i = 0; i < 5; i++) {
            read("p" + i);
        }
    }

    private void read(String participant) {
        audit.record(AuditEntry.of(cm, "registry", "READ", "participant").participant(participant).detail("read " + participant));
    }

    @Test
    void sealedRecordsVerifyAndNoRecordIsEverUpdated() throws Exception {
        assertEquals(5, audit.sealPending());
        assertEquals(0, audit.sealPending());
        assertEquals(0, single("SELECT COUNT(*) FROM core_audit WHERE seal_seq IS NOT NULL OR record_hash IS NOT NULL"));
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(5, v.checked);
        assertEquals(1, v.blocks);
        assertEquals(0, v.unsealed);
        assertTrue(v.witness.contains("1 heads match"), v.witness);
        // the verification itself was recorded, and is sealed with the next records
        assertTrue(audit.verify(admin).checked >= 6);
        assertThrows(ForbiddenException.class, () -> audit.verify(cm));
        assertEquals("192.0.2.10", string("SELECT MAX(client_address) FROM core_audit WHERE actor = 'cm.test'"));
    }

    @Test
    void theKeyFileIsOwnerOnlyAndRotationKeepsOldBlocksVerifiable() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("mission-audit.keys"))));
        audit.sealPending();
        String first = keys.activeId();
        String second = audit.rotateSealKey(admin);
        assertFalse(first.equals(second));
        read("p9");
        audit.sealPending();
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(2, single("SELECT COUNT(DISTINCT key_id) FROM core_audit_block"));
        assertThrows(ForbiddenException.class, () -> audit.rotateSealKey(cm));
    }

    @Test
    void manyRecordsAreSealedInSeveralBlocks() {
        int more = AuditBlocks.BLOCK_SIZE * 2 + 7;
        for (int i = 0; i < more; i++) {
            read("q" + i);
        }
        assertEquals(5 + more, audit.sealPending());
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(5 + more, v.checked);
        assertEquals(3, v.blocks);
    }

    @Test
    void aChangedRecordIsNamed() throws Exception {
        audit.sealPending();
        long id = single("SELECT MIN(id) FROM core_audit") + 2;
        exec("UPDATE core_audit SET detail = 'nothing to see' WHERE id = " + id);
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertEquals(id, v.brokenRecordId);
        assertTrue(v.reason.contains("changed after it was sealed"), v.reason);
    }

    @Test
    void aRemovedRecordIsNamed() throws Exception {
        audit.sealPending();
        long id = single("SELECT MIN(id) FROM core_audit") + 1;
        exec("DELETE FROM core_audit WHERE id = " + id);
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertEquals(id, v.brokenRecordId);
        assertTrue(v.reason.contains("was removed"), v.reason);
    }

    private void rolledBackInsert() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO core_audit (occurred_at, actor, component, action, outcome) "
                    + "VALUES (CURRENT_TIMESTAMP, 'x', 'core', 'READ', 'SUCCESS')");
            c.rollback();
        }
    }

    /**
     * Found by eight concurrent clients in PlatformIT: an insert draws its id before it stores the row, so a block
     * sealed in between covered an id whose record came a moment later ("inserted after block 17 sealed its range").
     * A block now stops before a missing id until the record after it is some seconds old.
     */
    @Test
    void aBlockDoesNotSealPastAMissingIdThatMayStillBeBeingInserted() throws Exception {
        audit.sealPending();
        rolledBackInsert(); // as far as the sealer can tell, this id may still be on its way
        read("p6");
        read("p7");
        assertEquals(0, audit.sealPending(), "nothing past the gap while the record after it is young");
        assertTrue(audit.verify(admin).unsealed >= 2, "p6 and p7 wait (and the verification's own record)");
        audit.gapGraceMillis = 0; // the gap is old: an insert that rolled back
        assertTrue(audit.sealPending() >= 2);
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(1, v.gaps);
    }

    @Test
    void aRecordInsertedIntoASealedRangeIsNamed() throws Exception {
        // an insert that rolls back leaves a gap, which is no error
        audit.gapGraceMillis = 0;
        rolledBackInsert();
        read("p6");
        audit.sealPending();
        AuditVerification clean = audit.verify(admin);
        assertTrue(clean.intact, clean.reason);
        assertEquals(1, clean.gaps);
        long gap = clean.gapSample.get(0);
        // someone fills the gap behind the server's back
        exec("ALTER TABLE core_audit ALTER COLUMN id RESTART WITH " + gap);
        exec("INSERT INTO core_audit (occurred_at, actor, component, action, outcome) "
                + "VALUES (TIMESTAMP('2026-01-01 00:00:00'), 'cm.test', 'registry', 'READ', 'SUCCESS')");
        exec("ALTER TABLE core_audit ALTER COLUMN id RESTART WITH " + (single("SELECT MAX(id) FROM core_audit") + 1));
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertEquals(gap, v.brokenRecordId);
        assertTrue(v.reason.contains("inserted after block"), v.reason);
    }

    @Test
    void deletingOneRecordAndRebuildingTheBlocksIsFound() throws Exception {
        audit.sealPending();
        long id = single("SELECT MIN(id) FROM core_audit") + 1;
        // the review's attack: remove a record, clear the chain's state and let the sealer start again
        exec("DELETE FROM core_audit WHERE id = " + id);
        exec("DELETE FROM core_audit_block");
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact, "the witness remembers the first block");
        assertTrue(v.reason.contains("witness"), v.reason);
    }

    @Test
    void aBlockMadeWithoutTheKeyDoesNotVerify() throws Exception {
        audit.sealPending();
        exec("UPDATE core_audit_block SET record_count = record_count - 1");
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertTrue(v.reason.contains("block 1 was changed"), v.reason);
    }

    @Test
    void cuttingOffTheNewestBlocksIsFoundByTheWitness() throws Exception {
        audit.sealPending();
        read("p7");
        audit.sealPending();
        long last = single("SELECT MAX(seq) FROM core_audit_block");
        long firstId = single("SELECT first_id FROM core_audit_block WHERE seq = " + last);
        exec("DELETE FROM core_audit WHERE id >= " + firstId);
        exec("DELETE FROM core_audit_block WHERE seq = " + last);
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertTrue(v.reason.contains("the newest blocks were removed"), v.reason);
    }

    @Test
    void blocksSealedSinceTheLastWitnessLineAndRebuiltAreFound() throws Exception {
        // the witness appends a line at its interval; the newest head is kept beside it after every seal
        AuditServiceImpl hourly = new AuditServiceImpl(database, keys, witness, 0, 6, 3600);
        hourly.sealPending();
        read("p8");
        hourly.sealPending();
        long last = single("SELECT MAX(seq) FROM core_audit_block");
        long firstId = single("SELECT first_id FROM core_audit_block WHERE seq = " + last);
        // the review's attack: change a record sealed after the last witness line, drop its block, let it be sealed again
        exec("UPDATE core_audit SET detail = 'nothing happened', actor = 'nobody' WHERE id = " + firstId);
        exec("DELETE FROM core_audit_block WHERE seq = " + last);
        hourly.sealPending();
        AuditVerification v = hourly.verify(admin);
        assertFalse(v.intact, "the witness's newest head names the block as first sealed");
        assertTrue(v.reason.contains("witness"), v.reason);
    }

    @Test
    void movingTheChainsStartBehindTheServersBackIsFound() throws Exception {
        audit.sealPending();
        read("p10");
        audit.sealPending();
        long last = single("SELECT MAX(seq) FROM core_audit_block");
        long lastId = single("SELECT last_id FROM core_audit_block WHERE seq = " + last);
        // the second review's attack: say retention removed everything up to the last block, long ago
        String moveStart = "UPDATE core_audit_seal SET block_base_seq = " + last + ", block_base_hash = (SELECT block_hash "
                + "FROM core_audit_block WHERE seq = " + last + "), block_base_last_id = " + lastId
                + ", block_base_last_at = TIMESTAMP('2015-01-01 00:00:00') WHERE id = 1";
        exec(moveStart);
        exec("DELETE FROM core_audit WHERE id <= " + lastId);
        exec("DELETE FROM core_audit_block");
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact, "the start is sealed with the key");
        assertTrue(v.reason.contains("core_audit_seal"), v.reason);
        // and with its seal removed too, the witness still has the blocks that are gone
        exec("UPDATE core_audit_seal SET base_mac = NULL WHERE id = 1");
        AuditVerification unsigned = audit.verify(admin);
        assertFalse(unsigned.intact);
        assertTrue(unsigned.reason.contains("witness"), unsigned.reason);
    }

    @Test
    void aRemovedSealStateIsReportedNotAnError() throws Exception {
        audit.sealPending();
        exec("DELETE FROM core_audit_seal");
        read("p9");
        assertThrows(AuditBlocks.StateMissing.class, () -> audit.sealPending());
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertTrue(v.reason.contains("core_audit_seal"), v.reason);
    }

    @Test
    void aMissingKeyIsReported() throws Exception {
        audit.sealPending();
        AuditServiceImpl otherKeys = new AuditServiceImpl(database, AuditKeys.inMemory(), new AuditWitness.None(), 0, 6, 0);
        AuditVerification v = otherKeys.verify(admin);
        assertFalse(v.intact);
        assertTrue(v.reason.contains("no longer holds"), v.reason);
    }

    @Test
    void retentionRemovesWholeOldBlocksAndTheRestVerifies() throws Exception {
        exec("UPDATE core_audit SET occurred_at = TIMESTAMP('2015-01-01 00:00:00')");
        audit.sealPending();
        read("p8");
        audit.sealPending();
        assertEquals(5, audit.purgeBefore(Instant.parse("2020-01-01T00:00:00Z")));
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(0, single("SELECT COUNT(*) FROM core_audit_block WHERE seq = 1"));
        assertTrue(string("SELECT detail FROM core_audit WHERE action = 'AUDIT_PURGE'").startsWith("5 records"));
    }

    @Test
    void blocksRemovedBeforeTheirRetentionEndedAreFound() throws Exception {
        audit.sealPending();
        read("p9");
        audit.sealPending();
        // a purge of recent records, dressed up as retention
        audit.purgeBefore(Instant.now().plusSeconds(3600));
        AuditVerification v = audit.verify(admin);
        assertFalse(v.intact);
        assertTrue(v.reason.contains("younger than the retention period"), v.reason);
    }

    @Test
    void aDatabaseSealedTheOldWayVerifiesAfterTheUpgradeAndStaysProtected() throws Exception {
        // as the previous version left it: records chained one by one, the blocks' start after them
        database.inTransaction(tx -> {
            AuditMapper m = DatabaseComponent.mapper(tx, database.sessionFactory(AuditMapper.class), AuditMapper.class);
            return LegacyAuditChain.sealBatch(m, m, () -> { }, Instant.now(), Long.MAX_VALUE);
        });
        exec("UPDATE core_audit_seal SET block_base_last_id = (SELECT MAX(id) FROM core_audit)");
        read("after-upgrade");
        audit.sealPending();
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(6, v.checked, "5 chained the old way, 1 in a block");
        // rewriting an old record and its chain hash is found: the first block vouches for the old chain's end
        long id = single("SELECT MIN(id) FROM core_audit");
        exec("UPDATE core_audit SET detail = 'rewritten' WHERE id = " + id);
        AuditVerification broken = audit.verify(admin);
        assertFalse(broken.intact);
        assertNull(broken.witness);
    }

    @Test
    void recordsWrittenBeforeTheUpgradeAndNotYetSealedAreSealedTheOldWayFirst() throws Exception {
        exec("UPDATE core_audit_seal SET block_base_last_id = (SELECT MAX(id) FROM core_audit)");
        read("after-upgrade");
        assertEquals(6, audit.sealPending());
        assertEquals(5, single("SELECT COUNT(*) FROM core_audit WHERE seal_seq IS NOT NULL"));
        AuditVerification v = audit.verify(admin);
        assertTrue(v.intact, v.reason);
        assertEquals(1, v.blocks);
    }

    @Test
    void longValuesAndControlCharactersAreCutSoTheRecordIsWritten() throws Exception {
        String id = "x".repeat(5000);
        audit.recordIndependently(AuditEntry.of(cm, "registry", "READ", "participant").resource(id).participant(id)
                .detail("line\nbreak\u0000" + "y".repeat(3000)));
        assertEquals(64, single("SELECT MAX(LENGTH(participant_id)) FROM core_audit"));
        assertFalse(string("SELECT MAX(detail) FROM core_audit WHERE detail LIKE 'line%'").contains("\n"));
    }

    private long single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String string(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
