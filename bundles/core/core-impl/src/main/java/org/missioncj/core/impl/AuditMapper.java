package org.missioncj.core.impl;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
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
}
