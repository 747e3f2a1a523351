-- The audit trail of every access to participant data.
CREATE TABLE core_audit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(128) NOT NULL,
  roles VARCHAR(256),
  component VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  resource_type VARCHAR(64),
  resource_id VARCHAR(64),
  participant_id VARCHAR(64),
  outcome VARCHAR(16) NOT NULL,
  purpose VARCHAR(64),
  detail VARCHAR(1000)
);
CREATE INDEX core_audit_participant ON core_audit (participant_id, occurred_at);
CREATE INDEX core_audit_time ON core_audit (occurred_at);
CREATE INDEX core_audit_actor ON core_audit (actor, occurred_at);
