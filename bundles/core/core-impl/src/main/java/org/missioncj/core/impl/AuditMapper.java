package org.missioncj.core.impl;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;

public interface AuditMapper {
    String COLUMNS = "id, occurred_at, actor, roles, component, action, resource_type, resource_id, "
            + "participant_id, outcome, purpose, detail";

    String WHERE = "<where>"
            + "<if test='q.participantId != null'> AND participant_id = #{q.participantId}</if>"
            + "<if test='q.actor != null'> AND actor = #{q.actor}</if>"
            + "<if test='q.action != null'> AND action = #{q.action}</if>"
            + "<if test='q.component != null'> AND component = #{q.component}</if>"
            + "<if test='q.outcome != null'> AND outcome = #{q.outcome}</if>"
            + "<if test='q.from != null'> AND occurred_at &gt;= #{q.from}</if>"
            + "<if test='q.to != null'> AND occurred_at &lt; #{q.to}</if>"
            + "</where>";

    @Insert("INSERT INTO core_audit (occurred_at, actor, roles, component, action, resource_type, resource_id, "
            + "participant_id, outcome, purpose, detail) VALUES (#{occurredAt}, #{actor}, #{roles}, #{component}, "
            + "#{action}, #{resourceType}, #{resourceId}, #{participantId}, #{outcome}, #{purpose}, #{detail})")
    void insert(AuditRecord r);

    @Select("<script>SELECT " + COLUMNS + " FROM core_audit " + WHERE
            + " ORDER BY id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<AuditRecord> find(@Param("q") AuditQuery q, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM core_audit " + WHERE + "</script>")
    long count(@Param("q") AuditQuery q);

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
     * The oldest unsealed records, from the (seal_seq, id) index. Derby's optimizer chose a scan and
     * sort of the whole table for this, a cost that grows with the trail; the override pins the index.
     */
    @Select(databaseId = "derby", value = "SELECT " + COLUMNS + " FROM core_audit --DERBY-PROPERTIES index=core_audit_seal_seq\n"
            + " WHERE seal_seq IS NULL ORDER BY id OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    @Select("SELECT " + COLUMNS + " FROM core_audit WHERE seal_seq IS NULL ORDER BY id "
            + "OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<AuditRecord> unsealed(@Param("limit") int limit);

    @Update("UPDATE core_audit SET seal_seq = #{seq}, prev_hash = #{prev}, record_hash = #{hash} "
            + "WHERE id = #{id} AND seal_seq IS NULL")
    int seal(@Param("id") long id, @Param("seq") long seq, @Param("prev") String prevHash, @Param("hash") String hash);

    @Update("UPDATE core_audit_seal SET last_seq = #{seq}, last_hash = #{hash} WHERE id = 1")
    void advance(@Param("seq") long seq, @Param("hash") String hash);

    @Select("SELECT " + COLUMNS + ", seal_seq, prev_hash, record_hash FROM core_audit WHERE seal_seq > #{after} "
            + "ORDER BY seal_seq OFFSET 0 ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Sealed> sealedAfter(@Param("after") long afterSeq, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM core_audit WHERE seal_seq IS NULL")
    long countUnsealed();

    @Select("SELECT MAX(seal_seq) FROM core_audit WHERE seal_seq IS NOT NULL AND occurred_at < #{cutoff}")
    Long lastSeqBefore(@Param("cutoff") Instant cutoff);

    @Select("SELECT record_hash FROM core_audit WHERE seal_seq = #{seq}")
    String hashAt(@Param("seq") long seq);

    @Delete("DELETE FROM core_audit WHERE seal_seq IS NOT NULL AND seal_seq <= #{seq}")
    int purgeThrough(@Param("seq") long seq);

    @Update("UPDATE core_audit_seal SET base_seq = #{seq}, base_hash = #{hash} WHERE id = 1")
    void rebase(@Param("seq") long seq, @Param("hash") String hash);
}
