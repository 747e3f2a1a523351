-- The linkage module: the service directory (Open Referral HSDS 3), closed-loop referrals, and the module's copy of
-- enrollments (the kit's EnrollmentCopy), which routes a participant's referrals to their team.

-- One row: an import takes its lock first, so two imports never interleave.
CREATE TABLE lk_directory (
  id INTEGER NOT NULL PRIMARY KEY,
  imports BIGINT NOT NULL,
  last_import_at TIMESTAMP,
  last_import_by VARCHAR(128)
);
INSERT INTO lk_directory (id, imports) VALUES (1, 0);

-- What the search reads, rebuilt from the records by an import that changed anything.
CREATE TABLE lk_service (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  organization_id VARCHAR(64) NOT NULL,
  organization_name VARCHAR(255),
  name VARCHAR(255) NOT NULL,
  name_key VARCHAR(255) NOT NULL,
  status VARCHAR(32) NOT NULL,
  description VARCHAR(500),
  retired_at TIMESTAMP
);
CREATE INDEX lk_service_order ON lk_service (name_key, id);
CREATE INDEX lk_service_organization ON lk_service (organization_id, name_key, id);

-- The taxonomy terms a service's attributes link it to: its kinds.
CREATE TABLE lk_service_kind (
  term_id VARCHAR(64) NOT NULL,
  service_id VARCHAR(64) NOT NULL,
  code VARCHAR(255),
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (term_id, service_id)
);
CREATE INDEX lk_service_kind_code ON lk_service_kind (code, service_id);
CREATE INDEX lk_service_kind_service ON lk_service_kind (service_id);

-- Where a service is offered: the towns, postal codes and states of its locations' addresses and its service areas,
-- folded.
CREATE TABLE lk_service_place (
  place VARCHAR(255) NOT NULL,
  service_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (place, service_id)
);
CREATE INDEX lk_service_place_service ON lk_service_place (service_id);

-- The records a service's HSDS detail is made of (its organization, locations, addresses, phones, areas,
-- attributes and their terms), so that reading one service reads only its own.
CREATE TABLE lk_service_link (
  service_id VARCHAR(64) NOT NULL,
  table_name VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (service_id, table_name, record_id)
);

CREATE TABLE lk_organization (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  name_key VARCHAR(255) NOT NULL,
  retired_at TIMESTAMP
);
CREATE INDEX lk_organization_order ON lk_organization (name_key, id);

CREATE TABLE lk_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX lk_enrollment_participant ON lk_enrollment (participant_id, status);
CREATE INDEX lk_enrollment_team ON lk_enrollment (team_id, status, participant_id);

CREATE TABLE lk_referral (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  service_id VARCHAR(64) NOT NULL,
  service_name VARCHAR(255) NOT NULL,
  organization_name VARCHAR(255),
  reason VARCHAR(2000) NOT NULL,
  accompanied SMALLINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  sent_on DATE NOT NULL,
  appointment_on DATE,
  due_on DATE,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX lk_referral_participant ON lk_referral (participant_id, sent_on, id);
CREATE INDEX lk_referral_due ON lk_referral (due_on, id);

CREATE TABLE lk_referral_step (
  referral_id VARCHAR(36) NOT NULL,
  seq INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  from_status VARCHAR(16),
  effective_date DATE NOT NULL,
  appointment_on DATE,
  reason VARCHAR(2000),
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (referral_id, seq)
);
CREATE INDEX lk_referral_step_day ON lk_referral_step (status, effective_date);
