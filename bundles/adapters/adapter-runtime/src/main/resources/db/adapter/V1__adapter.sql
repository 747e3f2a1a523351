-- The inbox: every message a host system handed in, stored before it is acknowledged, once per
-- (source system, message id). seq_key is what a message and its predecessor share (a booking id,
-- a hearing id).
CREATE TABLE adp_inbox (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  source_system VARCHAR(64) NOT NULL,
  message_id VARCHAR(128) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  state VARCHAR(16) NOT NULL,
  seq_key VARCHAR(128),
  participant_id VARCHAR(36),
  reason VARCHAR(500),
  received_at TIMESTAMP NOT NULL,
  received_by VARCHAR(128) NOT NULL,
  processed_at TIMESTAMP,
  hold_until TIMESTAMP,
  resolved_by VARCHAR(128),
  failures INTEGER DEFAULT 0 NOT NULL,
  payload VARCHAR(32000) NOT NULL,
  CONSTRAINT adp_inbox_message UNIQUE (source_system, message_id)
);
CREATE INDEX adp_inbox_state ON adp_inbox (state, received_at DESC, id DESC);
CREATE INDEX adp_inbox_sequence ON adp_inbox (source_system, seq_key, kind, state);
CREATE INDEX adp_inbox_participant ON adp_inbox (participant_id, received_at DESC, id DESC);
CREATE INDEX adp_inbox_received ON adp_inbox (received_at DESC, id DESC);

-- Who a booking number or a hearing id belongs to: the participant its first processed message went to.
-- The primary key makes two messages processed at the same moment for two people impossible: the second
-- transaction fails and its message is looked at again (and then goes to review).
CREATE TABLE adp_key_owner (
  source_system VARCHAR(64) NOT NULL,
  seq_key VARCHAR(128) NOT NULL,
  family VARCHAR(8) NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (source_system, seq_key, family)
);

-- Custody and court events of a participant, one per processed message.
CREATE TABLE adp_event (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  source_system VARCHAR(64) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  code VARCHAR(128),
  case_number VARCHAR(128),
  facility VARCHAR(200),
  release_date DATE,
  destination VARCHAR(200),
  inbox_id VARCHAR(36) NOT NULL REFERENCES adp_inbox (id)
);
CREATE INDEX adp_event_participant ON adp_event (participant_id, occurred_at DESC, id DESC);

-- Hearings as the court system reported them, one row per (source system, hearing id); last_message_at is
-- when the newest message applied to it happened, so an older one arriving late changes nothing.
CREATE TABLE adp_hearing (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  source_system VARCHAR(64) NOT NULL,
  hearing_id VARCHAR(128) NOT NULL,
  scheduled_at TIMESTAMP NOT NULL,
  court VARCHAR(200),
  hearing_type VARCHAR(200),
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  last_message_at TIMESTAMP NOT NULL,
  CONSTRAINT adp_hearing_source UNIQUE (source_system, hearing_id)
);
CREATE INDEX adp_hearing_participant ON adp_hearing (participant_id, scheduled_at, id);

-- The outbox: written in the transaction of the change that causes it, claimed by one node at a
-- time (claimed_by, claim_until), delivered once the disclosure gate allows it.
CREATE TABLE adp_outbox (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  target_system VARCHAR(64) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  recipient_class VARCHAR(32) NOT NULL,
  recipient_name VARCHAR(200) NOT NULL,
  period_from DATE,
  period_to DATE,
  state VARCHAR(20) NOT NULL,
  attempts INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  next_attempt_at TIMESTAMP NOT NULL,
  claimed_by VARCHAR(100),
  claim_until TIMESTAMP,
  delivered_at TIMESTAMP,
  last_error VARCHAR(500),
  disclosure_id VARCHAR(36),
  dedupe_key VARCHAR(200),
  CONSTRAINT adp_outbox_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX adp_outbox_due ON adp_outbox (state, next_attempt_at);
CREATE INDEX adp_outbox_created ON adp_outbox (created_at DESC, id DESC);
CREATE INDEX adp_outbox_participant ON adp_outbox (participant_id, created_at DESC, id DESC);
