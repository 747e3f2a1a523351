package org.missioncj.adapter.runtime;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.Hearing;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.core.api.Page;

/** The runtime's SQL: inbox, custody and court events, hearings, outbox. */
public interface AdapterMapper {
    /** An inbox row: the entry's fields plus what only the runtime reads. */
    class InboxRow {
        public String id;
        public String sourceSystem;
        public String messageId;
        public String kind;
        public String state;
        public String seqKey;
        public String participantId;
        public String reason;
        public Instant receivedAt;
        public String receivedBy;
        public Instant processedAt;
        public Instant holdUntil;
        public String resolvedBy;
        public String payload;
    }

    /** An outbox row: the message plus its claim and dedupe key. */
    class OutboxRow extends OutboundMessage {
        public String claimedBy;
        public Instant claimUntil;
        public String dedupeKey;
    }

    String INBOX_COLUMNS = "id, source_system, message_id, kind, state, seq_key, participant_id, reason, received_at, "
            + "received_by, processed_at, hold_until, resolved_by, payload";

    @Insert("INSERT INTO adp_inbox (" + INBOX_COLUMNS + ") VALUES (#{id}, #{sourceSystem}, #{messageId}, #{kind}, "
            + "#{state}, #{seqKey}, #{participantId}, #{reason}, #{receivedAt}, #{receivedBy}, #{processedAt}, "
            + "#{holdUntil}, #{resolvedBy}, #{payload})")
    void insertInbox(InboxRow row);

    @Select("SELECT " + INBOX_COLUMNS + " FROM adp_inbox WHERE id = #{id}")
    InboxRow inbox(@Param("id") String id);

    @Select("SELECT " + INBOX_COLUMNS + " FROM adp_inbox WHERE source_system = #{source} AND message_id = #{messageId}")
    InboxRow inboxByMessage(@Param("source") String sourceSystem, @Param("messageId") String messageId);

    /**
     * Moves a message from the state it was read in: 0 when another thread or node moved it first (the
     * row lock orders them; the second sees the new state and leaves it).
     */
    @Update("UPDATE adp_inbox SET state = #{to}, participant_id = #{participantId}, reason = #{reason}, "
            + "processed_at = #{processedAt}, hold_until = #{holdUntil}, resolved_by = #{resolvedBy} "
            + "WHERE id = #{id} AND state = #{from}")
    int moveInbox(@Param("id") String id, @Param("from") String from, @Param("to") String to,
            @Param("participantId") String participantId, @Param("reason") String reason,
            @Param("processedAt") Instant processedAt, @Param("holdUntil") Instant holdUntil,
            @Param("resolvedBy") String resolvedBy);

    /** Whether the predecessor of a message (its booking, its scheduled hearing) has been processed. */
    @Select("SELECT COUNT(*) FROM adp_inbox WHERE source_system = #{source} AND seq_key = #{key} AND kind = #{kind} "
            + "AND state = 'PROCESSED'")
    int processedCount(@Param("source") String sourceSystem, @Param("key") String seqKey, @Param("kind") String kind);

    /** Who a booking number or hearing id (its family: CUSTODY or HEARING) belongs to, or null. */
    @Select("SELECT participant_id FROM adp_key_owner WHERE source_system = #{source} AND seq_key = #{key} "
            + "AND family = #{family}")
    String keyOwner(@Param("source") String sourceSystem, @Param("key") String seqKey, @Param("family") String family);

    /** Fails with a duplicate key when another transaction gave the key to someone at the same moment. */
    @Insert("INSERT INTO adp_key_owner (source_system, seq_key, family, participant_id) VALUES (#{source}, #{key}, "
            + "#{family}, #{participant})")
    void insertKeyOwner(@Param("source") String sourceSystem, @Param("key") String seqKey, @Param("family") String family,
            @Param("participant") String participantId);

    /** The participants that processed messages of these kinds with this key (a booking's, a hearing's) went to. */
    @Select("<script>SELECT DISTINCT participant_id FROM adp_inbox WHERE source_system = #{source} AND seq_key = #{key} "
            + "AND state = 'PROCESSED' AND participant_id IS NOT NULL AND kind IN "
            + "<foreach item='k' collection='kinds' open='(' separator=',' close=')'>#{k}</foreach></script>")
    List<String> processedParticipants(@Param("source") String sourceSystem, @Param("key") String seqKey,
            @Param("kinds") List<String> kinds);

    /**
     * Counts a failed processing; the third sends the message to review with the reason, so that a message
     * that cannot be processed waits for staff instead of being tried for ever.
     */
    @Update("UPDATE adp_inbox SET failures = failures + 1, reason = #{reason}, "
            + "state = CASE WHEN failures + 1 >= #{max} THEN 'REVIEW' ELSE state END "
            + "WHERE id = #{id} AND state = 'RECEIVED'")
    int failed(@Param("id") String id, @Param("reason") String reason, @Param("max") int maxFailures);

    /** The held messages waiting for a predecessor of this key, oldest first. */
    @Select("SELECT id FROM adp_inbox WHERE source_system = #{source} AND seq_key = #{key} AND state = 'HELD' "
            + "ORDER BY received_at, id")
    List<String> heldFor(@Param("source") String sourceSystem, @Param("key") String seqKey);

    /** Held messages whose predecessor is there by now (a race between the two), or whose hold has run out. */
    @Select("SELECT h.id FROM adp_inbox h WHERE h.state = 'HELD' AND (h.hold_until <= #{now} OR EXISTS ("
            + "SELECT 1 FROM adp_inbox p WHERE p.source_system = h.source_system AND p.seq_key = h.seq_key "
            + "AND p.state = 'PROCESSED' AND ((h.kind = 'RELEASE' AND p.kind = 'BOOKING') "
            + "OR (h.kind IN ('HEARING_CHANGED', 'HEARING_CANCELLED') AND p.kind = 'HEARING_SCHEDULED')))) "
            + "ORDER BY h.received_at, h.id FETCH FIRST 100 ROWS ONLY")
    List<String> heldDue(@Param("now") Instant now);

    /** Messages stored but never processed (the node stopped between the two), older than a moment. */
    @Select("SELECT id FROM adp_inbox WHERE state = 'RECEIVED' AND received_at < #{before} ORDER BY received_at, id "
            + "FETCH FIRST 100 ROWS ONLY")
    List<String> unprocessed(@Param("before") Instant before);

    String INBOX_WHERE = "<where><if test='q.state != null'> AND state = #{q.state}</if>"
            + "<if test='q.sourceSystem != null'> AND source_system = #{q.sourceSystem}</if>"
            + "<if test='q.participantId != null'> AND participant_id = #{q.participantId}</if></where>";

    @Select("<script>" + Page.COUNT_OPEN + "FROM adp_inbox " + INBOX_WHERE
            + Page.COUNT_CLOSE + "</script>")
    long countInbox(@Param("q") InboxSearch q);

    @Select("<script>SELECT " + INBOX_COLUMNS + " FROM adp_inbox " + INBOX_WHERE
            + " ORDER BY received_at DESC, id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<InboxRow> listInbox(@Param("q") InboxSearch q, @Param("offset") long offset,
            @Param("limit") int limit);

    // custody and court events

    @Insert("INSERT INTO adp_event (id, participant_id, source_system, kind, occurred_at, code, case_number, facility, "
            + "release_date, destination, inbox_id) VALUES (#{e.id}, #{e.participantId}, #{e.sourceSystem}, #{e.kind}, "
            + "#{e.occurredAt}, #{e.code}, #{e.caseNumber}, #{e.facility}, #{e.releaseDate}, #{e.destination}, #{e.inboxId})")
    void insertEvent(@Param("e") CourtEvent event);

    @Select("SELECT COUNT(*) FROM adp_event WHERE participant_id = #{p}")
    long countEvents(@Param("p") String participantId);

    @Select("SELECT id, participant_id, source_system, kind, occurred_at, code, case_number, facility, release_date, "
            + "destination, inbox_id FROM adp_event WHERE participant_id = #{p} ORDER BY occurred_at DESC, id DESC "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<CourtEvent> events(@Param("p") String participantId, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT kind, COUNT(*) AS n FROM adp_event WHERE participant_id = #{p} AND occurred_at >= #{from} "
            + "AND occurred_at < #{to} GROUP BY kind")
    List<KindCount> eventCounts(@Param("p") String participantId, @Param("from") Instant from, @Param("to") Instant to);

    /** A count per kind, for the report section. */
    class KindCount {
        public String kind;
        public long n;
    }

    // hearings

    String HEARING_COLUMNS = "id, participant_id, source_system, hearing_id, scheduled_at, court, hearing_type, status, "
            + "updated_at";

    @Select("SELECT " + HEARING_COLUMNS + " FROM adp_hearing WHERE source_system = #{source} AND hearing_id = #{hid}")
    Hearing hearingBySource(@Param("source") String sourceSystem, @Param("hid") String hearingId);

    @Insert("INSERT INTO adp_hearing (" + HEARING_COLUMNS + ", last_message_at) VALUES (#{h.id}, #{h.participantId}, "
            + "#{h.sourceSystem}, #{h.hearingId}, #{h.scheduledAt}, #{h.court}, #{h.hearingType}, #{h.status}, #{h.updatedAt}, "
            + "#{at})")
    void insertHearing(@Param("h") Hearing hearing, @Param("at") Instant messageAt);

    @Update("UPDATE adp_hearing SET scheduled_at = #{h.scheduledAt}, court = #{h.court}, hearing_type = #{h.hearingType}, "
            + "status = #{h.status}, updated_at = #{h.updatedAt}, last_message_at = #{at} WHERE id = #{h.id}")
    void updateHearing(@Param("h") Hearing hearing, @Param("at") Instant messageAt);

    @Select("SELECT last_message_at FROM adp_hearing WHERE id = #{id}")
    Instant hearingLastMessage(@Param("id") String id);

    @Select("SELECT COUNT(*) FROM adp_hearing WHERE participant_id = #{p}")
    long countHearings(@Param("p") String participantId);

    @Select("SELECT " + HEARING_COLUMNS + " FROM adp_hearing WHERE participant_id = #{p} ORDER BY scheduled_at, id "
            + "OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Hearing> hearings(@Param("p") String participantId, @Param("offset") long offset, @Param("limit") int limit);

    /** A team's caseload is at most a few dozen participants: the list of ids stays short. */
    String UPCOMING_WHERE = "WHERE status = 'SCHEDULED' AND scheduled_at >= #{now} AND participant_id IN "
            + "<foreach item='p' collection='ps' open='(' separator=',' close=')'>#{p}</foreach>";

    @Select("<script>SELECT COUNT(*) FROM adp_hearing " + UPCOMING_WHERE + "</script>")
    long countUpcoming(@Param("ps") List<String> participantIds, @Param("now") Instant now);

    @Select("<script>SELECT " + HEARING_COLUMNS + " FROM adp_hearing " + UPCOMING_WHERE
            + " ORDER BY scheduled_at, id OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<Hearing> upcoming(@Param("ps") List<String> participantIds, @Param("now") Instant now,
            @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM adp_hearing WHERE participant_id = #{p} AND scheduled_at >= #{from} "
            + "AND scheduled_at < #{to} AND status = 'SCHEDULED'")
    long hearingsBetween(@Param("p") String participantId, @Param("from") Instant from, @Param("to") Instant to);

    @Select("SELECT MIN(scheduled_at) FROM adp_hearing WHERE participant_id = #{p} AND scheduled_at >= #{after} "
            + "AND status = 'SCHEDULED'")
    Instant nextHearing(@Param("p") String participantId, @Param("after") Instant after);

    // outbox

    String OUTBOX_COLUMNS = "id, target_system AS system, kind, participant_id, recipient_class, recipient_name, "
            + "period_from, period_to, state, attempts, created_at, created_by, next_attempt_at, claimed_by, claim_until, "
            + "delivered_at, last_error, disclosure_id, dedupe_key";

    @Insert("INSERT INTO adp_outbox (id, target_system, kind, participant_id, recipient_class, recipient_name, period_from, "
            + "period_to, state, attempts, created_at, created_by, next_attempt_at, dedupe_key) VALUES (#{id}, #{system}, "
            + "#{kind}, #{participantId}, #{recipientClass}, #{recipientName}, #{periodFrom}, #{periodTo}, #{state}, 0, "
            + "#{createdAt}, #{createdBy}, #{nextAttemptAt}, #{dedupeKey})")
    void insertOutbox(OutboxRow row);

    @Select("SELECT " + OUTBOX_COLUMNS + " FROM adp_outbox WHERE id = #{id}")
    OutboxRow outbox(@Param("id") String id);

    @Select("SELECT " + OUTBOX_COLUMNS + " FROM adp_outbox WHERE dedupe_key = #{key}")
    OutboxRow outboxByKey(@Param("key") String dedupeKey);

    /** A due message and where it goes. */
    class Due {
        public String id;
        public String system;
    }

    /** Messages due for a try (pending or blocked), oldest due first. */
    @Select("SELECT id, target_system AS system FROM adp_outbox WHERE state IN ('PENDING', 'BLOCKED_BY_CONSENT') "
            + "AND next_attempt_at <= #{now} ORDER BY next_attempt_at, id FETCH FIRST #{limit} ROWS ONLY")
    List<Due> due(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * Claims a due message for one node until {@code until}: 1 for exactly one of the nodes that try at
     * once (the update locks the row; the others then see the claim and match nothing).
     */
    @Update("UPDATE adp_outbox SET claimed_by = #{node}, claim_until = #{until} WHERE id = #{id} "
            + "AND state IN ('PENDING', 'BLOCKED_BY_CONSENT') AND next_attempt_at <= #{now} "
            + "AND (claim_until IS NULL OR claim_until < #{now})")
    int claim(@Param("id") String id, @Param("node") String node, @Param("now") Instant now,
            @Param("until") Instant until);

    /** Records a try's end while the claim is still this node's; releases the claim. */
    @Update("UPDATE adp_outbox SET state = #{state}, attempts = #{attempts}, next_attempt_at = #{next}, "
            + "last_error = #{error}, delivered_at = #{deliveredAt}, disclosure_id = #{disclosureId}, "
            + "claimed_by = NULL, claim_until = NULL WHERE id = #{id} AND claimed_by = #{node}")
    int finish(@Param("id") String id, @Param("node") String node, @Param("state") String state,
            @Param("attempts") int attempts, @Param("next") Instant next, @Param("error") String error,
            @Param("deliveredAt") Instant deliveredAt, @Param("disclosureId") String disclosureId);

    /** Gives the claim back without a try (the system's adapter is not installed). */
    @Update("UPDATE adp_outbox SET claimed_by = NULL, claim_until = NULL, next_attempt_at = #{next} "
            + "WHERE id = #{id} AND claimed_by = #{node}")
    int unclaim(@Param("id") String id, @Param("node") String node, @Param("next") Instant next);

    @Update("UPDATE adp_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = #{now}, last_error = NULL, "
            + "claimed_by = NULL, claim_until = NULL WHERE id = #{id} AND state = #{from}")
    int replay(@Param("id") String id, @Param("from") String from, @Param("now") Instant now);

    String OUTBOX_WHERE = "<where><if test='q.state != null'> AND state = #{q.state}</if>"
            + "<if test='q.system != null'> AND target_system = #{q.system}</if>"
            + "<if test='q.participantId != null'> AND participant_id = #{q.participantId}</if></where>";

    @Select("<script>" + Page.COUNT_OPEN + "FROM adp_outbox " + OUTBOX_WHERE
            + Page.COUNT_CLOSE + "</script>")
    long countOutbox(@Param("q") OutboxSearch q);

    @Select("<script>SELECT " + OUTBOX_COLUMNS + " FROM adp_outbox " + OUTBOX_WHERE
            + " ORDER BY created_at DESC, id DESC OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY</script>")
    List<OutboxRow> listOutbox(@Param("q") OutboxSearch q, @Param("offset") long offset,
            @Param("limit") int limit);
}
