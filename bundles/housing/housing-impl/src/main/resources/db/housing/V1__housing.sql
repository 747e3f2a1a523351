-- The housing module: its copy of the enrollments (kept current from registry events by EnrollmentCopy), the
-- status timeline, needs assessments, budgets, landlords, units, applications, placements, conflicts and
-- housing contacts. Portable SQL for Derby and PostgreSQL. Nothing here records sobriety, treatment or tests.
CREATE TABLE hs_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX hs_enrollment_participant ON hs_enrollment (participant_id, status);
CREATE INDEX hs_enrollment_team ON hs_enrollment (team_id, status, participant_id);
CREATE INDEX hs_enrollment_site ON hs_enrollment (site, participant_id);

-- one row per participant with a timeline, updated first by every change of it: changes of one participant's
-- timeline run one after the other, so two moves cannot both pass the overlap check
CREATE TABLE hs_timeline (
  participant_id VARCHAR(36) NOT NULL PRIMARY KEY,
  changes BIGINT NOT NULL
);

-- a status from start_day (inclusive) to end_day (exclusive, null while it holds), as epoch days for the
-- nights arithmetic (DaySpan.sqlDays), and as dates for reading
CREATE TABLE hs_status (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  status VARCHAR(24) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  start_day INTEGER NOT NULL,
  end_day INTEGER,
  start_date DATE NOT NULL,
  end_date DATE,
  unit_id VARCHAR(36),
  source VARCHAR(16) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_status_participant ON hs_status (participant_id, start_day, kind, end_day);
CREATE INDEX hs_status_kind ON hs_status (kind, participant_id);

CREATE TABLE hs_assessment (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  area VARCHAR(500),
  household_size INTEGER,
  household_notes VARCHAR(1000),
  accessibility VARCHAR(1000),
  pets VARCHAR(500),
  monthly_budget DECIMAL(10, 2),
  barriers VARCHAR(200),
  barrier_notes VARCHAR(2000),
  assessed_at TIMESTAMP NOT NULL,
  assessed_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (participant_id, version)
);

CREATE TABLE hs_budget (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (participant_id, version)
);

CREATE TABLE hs_budget_line (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  kind VARCHAR(8) NOT NULL,
  label VARCHAR(200) NOT NULL,
  amount DECIMAL(10, 2) NOT NULL,
  PRIMARY KEY (participant_id, version, line_no)
);

CREATE TABLE hs_landlord (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  site VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  contact_name VARCHAR(200),
  phone VARCHAR(40),
  email VARCHAR(254),
  terms VARCHAR(2000),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_landlord_site ON hs_landlord (site, name, id);

CREATE TABLE hs_unit (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  site VARCHAR(64) NOT NULL,
  landlord_id VARCHAR(36),
  kind VARCHAR(24) NOT NULL,
  address VARCHAR(500) NOT NULL,
  area VARCHAR(200),
  bedrooms INTEGER,
  monthly_rent DECIMAL(10, 2),
  accessible BOOLEAN NOT NULL,
  pets_allowed BOOLEAN NOT NULL,
  terms VARCHAR(2000),
  available BOOLEAN NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_unit_site ON hs_unit (site, available, id);

CREATE TABLE hs_application (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  unit_id VARCHAR(36) NOT NULL,
  applied_on DATE NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  outcome_date DATE,
  outcome_note VARCHAR(1000),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_application_participant ON hs_application (participant_id, applied_on);

CREATE TABLE hs_placement (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  unit_id VARCHAR(36) NOT NULL,
  move_in_date DATE NOT NULL,
  move_help VARCHAR(2000),
  rent_unpaid_since DATE,
  ended_on DATE,
  status_period_id VARCHAR(36),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_placement_participant ON hs_placement (participant_id, ended_on);

CREATE TABLE hs_conflict (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  placement_id VARCHAR(36) NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  opened_on DATE NOT NULL,
  description VARCHAR(2000) NOT NULL,
  resolved_on DATE,
  resolution VARCHAR(2000),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_conflict_placement ON hs_conflict (placement_id, resolved_on);

CREATE TABLE hs_contact (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  mode VARCHAR(16) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  minutes INTEGER,
  landlord_id VARCHAR(36),
  placement_id VARCHAR(36),
  peer_attended BOOLEAN NOT NULL,
  notes VARCHAR(4000),
  staff_id VARCHAR(36) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL
);
CREATE INDEX hs_contact_participant ON hs_contact (participant_id, occurred_at);
