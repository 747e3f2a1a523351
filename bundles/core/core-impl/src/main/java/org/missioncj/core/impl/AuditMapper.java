package org.missioncj.core.impl;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;

public interface AuditMapper {
    /** The fields the old chain hashed: records written before the seal blocks (V2 to V4). */
    String LEGACY_COLUMNS = "id, occurred_at, actor, roles, component, action, resource_type, resource_id, "
            + "participant_id, outcome, purpose, detail";
    String COLUMNS = "id, occurred_at, actor, roles, component, action, resource_type, resource_id, "
            + "participant_id, outcome, purpose, detail, client_address";

    /*
     * The search reads one index range, newest first: the participant's, the actor's or the action's records
     * (indexes on each with occurred_at DESC, id DESC), or all records by time. Derby is told which index, as its
     * optimizer might otherwise take the primary key and sort; PostgreSQL reads the hints as comments.
     */
    String FROM = "FROM core_audit <choose>"
            + "<when test='q.participantId != null'>--DERBY-PROPERTIES index=core_audit_participant\n</when>"
            + "<when test='q.actor != null'>--DERBY-PROPERTIES index=core_audit_actor\n</when>"
            + "<when test='q.action != null'>--DERBY-PROPERTIES index=core_audit_action\n</when>"
            + "<otherwise>--DERBY-PROPERTIES index=core_audit_time\n</otherwise></choose>";

    String FILTERS = "<if test='q.participantId != null'> AND participant_id = #{q.participantId}</if>"
            + "<if test='q.actor != null'> AND actor = #{q.actor}</if>"
            + "<if test='q.action != null'> AND action = #{q.action}</if>"
            + "<if test='q.component != null'> AND component = #{q.component}</if>"
            + "<if test='q.outcome != null'> AND outcome = #{q.outcome}</if>"
            + "<if test='q.from != null'> AND occurred_at &gt;= #{q.from}</if>"
            + "<if test='q.to != null'> AND occurred_at &lt; #{q.to}</if>";

    String WHERE = "<where>" + FILTERS
            + "<if test='after != null'> AND occurred_at &lt;= #{after.occurredAt} AND (occurred_at &lt; #{after.occurredAt} "
            + "OR id &lt; #{after.id})</if>"
            + "</where>";

    @Insert("INSERT INTO core_audit (occurred_at, actor, roles, component, action, resource_type, resource_id, "
            + "participant_id, outcome, purpose, detail, client_address) VALUES (#{occurredAt}, #{actor}, #{roles}, "
            + "#{component}, #{action}, #{resourceType}, #{resourceId}, #{participantId}, #{outcome}, #{purpose}, "
            + "#{detail}, #{clientAddress})")
    void insert(AuditRecord r);

    /** A page of the search, after the record {@code after} (keyset paging) when it is not null. */
    @Select("<script>SELECT " + COLUMNS + " " + FROM + WHERE
            + " ORDER BY occurred_at DESC, id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<AuditRecord> find(@Param("q") AuditQuery q, @Param("after") AuditRecord after, @Param("offset") long offset,
            @Param("limit") int limit);

    /** The search's total, capped ({@link org.missioncj.core.api.Page#COUNT_OPEN}). */
    @Select("<script>" + Page.COUNT_OPEN + FROM + WHERE + Page.COUNT_CLOSE + "</script>")
    long count(@Param("q") AuditQuery q, @Param("after") AuditRecord after);

    /**
     * The place in the search order of a record that this search finds, for paging after it; null for any other,
     * so that {@code after} tells nothing of records outside the caller's search (not even their time).
     */
    @Select("<script>SELECT id, occurred_at " + FROM + "<where>" + FILTERS + " AND id = #{id}</where></script>")
    AuditRecord position(@Param("q") AuditQuery q, @Param("id") long id);

    // ---- the hash chain ------------------------------------------------------------------------

    /** A record with its place in the chain. */
    class Sealed extends AuditRecord {
        public Long sealSeq;
        public String prevHash;
        public String recordHash;
    }

    /** Where the chain starts and ends. */
    class SealState {
        public long lastSeq;
        public String lastHash;
        public long baseSeq;
        public String baseHash;
    }

    /** Takes the seal row's lock: one sealer at a time, across all nodes. */
    @Update("UPDATE core_audit_seal SET sealed_at = #{now} WHERE id = 1")
    int lockSeal(@Param("now") Instant now);

    @Select("SELECT last_seq, last_hash, base_seq, base_hash FROM core_audit_seal WHERE id = 1")
    SealState sealState();

    /**
     * The oldest records written before the seal blocks (id up to {@code through}) that the old chain
     * has not sealed yet, from the (seal_seq, id) index: sealed the old way once, at the first start
     * of this version. Derby's optimizer chose a scan and sort of the whole table for this; the
     * override pins the index.
     */
    @Select(databaseId = "derby", value = "SELECT " + LEGACY_COLUMNS + " FROM core_audit --DERBY-PROPERTIES index=core_audit_seal_seq\n"
            + " WHERE seal_seq IS NULL AND id <= #{through} ORDER BY id OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    @Select("SELECT " + LEGACY_COLUMNS + " FROM core_audit WHERE seal_seq IS NULL AND id <= #{through} ORDER BY id "
            + "OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<AuditRecord> unsealed(@Param("through") long through, @Param("limit") int limit);

    @Update("UPDATE core_audit SET seal_seq = #{seq}, prev_hash = #{prev}, record_hash = #{hash} "
            + "WHERE id = #{id} AND seal_seq IS NULL")
    int seal(@Param("id") long id, @Param("seq") long seq, @Param("prev") String prevHash, @Param("hash") String hash);

    @Update("UPDATE core_audit_seal SET last_seq = #{seq}, last_hash = #{hash} WHERE id = 1")
    void advance(@Param("seq") long seq, @Param("hash") String hash);

    @Select("SELECT " + LEGACY_COLUMNS + ", seal_seq, prev_hash, record_hash FROM core_audit WHERE seal_seq > #{after} "
            + "ORDER BY seal_seq OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Sealed> sealedAfter(@Param("after") long afterSeq, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM core_audit WHERE seal_seq IS NULL AND id <= #{through}")
    long countUnsealed(@Param("through") long through);

    @Select("SELECT MAX(seal_seq) FROM core_audit WHERE seal_seq IS NOT NULL AND occurred_at < #{cutoff}")
    Long lastSeqBefore(@Param("cutoff") Instant cutoff);

    @Select("SELECT record_hash FROM core_audit WHERE seal_seq = #{seq}")
    String hashAt(@Param("seq") long seq);

    @Delete("DELETE FROM core_audit WHERE seal_seq IS NOT NULL AND seal_seq <= #{seq}")
    int purgeThrough(@Param("seq") long seq);

    @Update("UPDATE core_audit_seal SET base_seq = #{seq}, base_hash = #{hash} WHERE id = 1")
    void rebase(@Param("seq") long seq, @Param("hash") String hash);

    // ---- seal blocks ----------------------------------------------------------------------------

    /** Where the chain of blocks starts, besides the old chain's state. */
    class ChainState extends SealState {
        public Long blockBaseSeq;
        public String blockBaseHash;
        public Long blockBaseLastId;
        public Instant blockBaseLastAt;
        /** {@code <keyId>:<hmac>} over the base columns ({@link AuditBlocks#baseMac}); null before it was first signed. */
        public String baseMac;
    }

    /** A seal block: an HMAC over the records of a contiguous id range and the block before it. */
    class Block {
        public long seq;
        public long firstId;
        public long lastId;
        public int recordCount;
        public Instant lastAt;
        /** The records it holds: id offsets from firstId and a digest each (see {@link AuditBlocks}). */
        public String records;
        public String keyId;
        public String prevHash;
        public String blockHash;
        public Instant sealedAt;
    }

    String BLOCK_COLUMNS = "seq, first_id, last_id, record_count, last_at, records, key_id, prev_hash, block_hash, sealed_at";

    @Select("SELECT last_seq, last_hash, base_seq, base_hash, block_base_seq, block_base_hash, block_base_last_id, "
            + "block_base_last_at, base_mac FROM core_audit_seal WHERE id = 1")
    ChainState chainState();

    @Update("UPDATE core_audit_seal SET base_mac = #{mac} WHERE id = 1")
    int signBase(@Param("mac") String mac);

    // MAX/MIN and bounded ranges of the primary key: "ORDER BY seq FETCH NEXT n" made Derby sort the whole block
    // table (each block with its list of record MACs, some 20 KB) on every seal pass, spilling to disk
    @Select("SELECT " + BLOCK_COLUMNS + " FROM core_audit_block WHERE seq = (SELECT MAX(seq) FROM core_audit_block)")
    Block lastBlock();

    @Select("SELECT " + BLOCK_COLUMNS + " FROM core_audit_block WHERE seq = (SELECT MIN(seq) FROM core_audit_block)")
    Block firstBlock();

    @Select("SELECT MIN(seq) FROM core_audit_block WHERE seq > #{after}")
    Long firstBlockAfter(@Param("after") long afterSeq);

    /** The next blocks after a seq, in order (seqs follow one another: block n + 1 continues block n). */
    default List<Block> blocksAfter(long afterSeq, int limit) {
        return blocksBetween(afterSeq, afterSeq + limit);
    }

    @Select("SELECT " + BLOCK_COLUMNS + " FROM core_audit_block WHERE seq > #{after} AND seq <= #{last} ORDER BY seq")
    List<Block> blocksBetween(@Param("after") long afterSeq, @Param("last") long lastSeq);

    @Insert("INSERT INTO core_audit_block (" + BLOCK_COLUMNS + ") VALUES (#{seq}, #{firstId}, #{lastId}, #{recordCount}, "
            + "#{lastAt}, #{records}, #{keyId}, #{prevHash}, #{blockHash}, #{sealedAt})")
    void insertBlock(Block b);

    /** The first record id after an id (from the primary key's index), or null. */
    @Select("SELECT MIN(id) FROM core_audit WHERE id > #{after}")
    Long firstAfter(@Param("after") long afterId);

    /**
     * The records with ids from {@code first} to {@code last}, in id order: what the next block may seal. A bounded
     * range of the primary key: "id &gt; ? ORDER BY id FETCH NEXT n" made Derby sort the whole table on every pass once
     * it held a few hundred thousand records.
     */
    @Select("SELECT " + COLUMNS + " FROM core_audit WHERE id >= #{first} AND id <= #{last} ORDER BY id")
    List<AuditRecord> range(@Param("first") long firstId, @Param("last") long lastId);

    @Select("SELECT " + COLUMNS + " FROM core_audit WHERE id >= #{first} AND id <= #{last} ORDER BY id")
    List<AuditRecord> between(@Param("first") long firstId, @Param("last") long lastId);

    @Select("SELECT COUNT(*) FROM core_audit WHERE id > #{after}")
    long countAfter(@Param("after") long afterId);

    /**
     * When the oldest transaction that may still commit an audit record began (others than this one's),
     * on PostgreSQL, where uncommitted records are invisible: nothing from before it is still to come.
     * On Derby a reader waits for an uncommitted record instead, so there is no such transaction to ask for.
     */
    @Select(databaseId = "postgresql", value = "SELECT MIN(xact_start) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")
    @Select("SELECT CAST(NULL AS TIMESTAMP) FROM core_audit_seal WHERE id = 1")
    Instant oldestWriteTransaction();

    @Delete("DELETE FROM core_audit WHERE id >= #{first} AND id <= #{last}")
    int deleteBetween(@Param("first") long firstId, @Param("last") long lastId);

    @Delete("DELETE FROM core_audit_block WHERE seq = #{seq}")
    int deleteBlock(@Param("seq") long seq);

    @Update("UPDATE core_audit_seal SET block_base_seq = #{b.seq}, block_base_hash = #{b.blockHash}, "
            + "block_base_last_id = #{b.lastId}, block_base_last_at = #{b.lastAt} WHERE id = 1")
    void rebaseBlocks(@Param("b") Block removed);

    /**
     * Retention on PostgreSQL: the owner's function (V7), so that an application role that may not delete
     * audit records can still apply it, and only to records older than the retention period it enforces.
     * -1 on Derby, where the server deletes itself.
     */
    @Select(databaseId = "postgresql", value = "SELECT mission_audit_purge(#{cutoff})")
    @Select("SELECT CAST(-1 AS INTEGER) FROM core_audit_seal WHERE id = 1")
    int purgeByFunction(@Param("cutoff") Instant cutoff);
}
