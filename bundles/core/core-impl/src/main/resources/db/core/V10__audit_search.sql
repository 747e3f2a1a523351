-- The audit search at millions of records: it lists the newest first (by time, then id) and each of its
-- filters (participant, actor, action, or none but a time range) is one index range read in that order, so a
-- page costs the same on 10 million records as on 10 thousand; totals are counted up to a cap.
DROP INDEX core_audit_participant;
DROP INDEX core_audit_actor;
DROP INDEX core_audit_time;
CREATE INDEX core_audit_participant ON core_audit (participant_id, occurred_at DESC, id DESC);
CREATE INDEX core_audit_actor ON core_audit (actor, occurred_at DESC, id DESC);
CREATE INDEX core_audit_action ON core_audit (action, occurred_at DESC, id DESC);
CREATE INDEX core_audit_time ON core_audit (occurred_at DESC, id DESC);
