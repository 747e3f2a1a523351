-- Participants, identifiers, staff, teams and enrollments. Portable SQL for Derby and PostgreSQL.
CREATE TABLE reg_participant (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  given_name VARCHAR(100) NOT NULL,
  middle_name VARCHAR(100),
  family_name VARCHAR(100) NOT NULL,
  preferred_name VARCHAR(100),
  -- lower-case copies for case-insensitive search (Derby has no expression indexes)
  given_name_lc VARCHAR(100) NOT NULL,
  middle_name_lc VARCHAR(100),
  family_name_lc VARCHAR(100) NOT NULL,
  preferred_name_lc VARCHAR(100),
  date_of_birth DATE NOT NULL,
  sex VARCHAR(16),
  gender_identity VARCHAR(100),
  pronouns VARCHAR(40),
  preferred_language VARCHAR(35),
  phone VARCHAR(40),
  email VARCHAR(254),
  address_line1 VARCHAR(200),
  address_line2 VARCHAR(200),
  city VARCHAR(100),
  state VARCHAR(50),
  postal_code VARCHAR(20),
  enrollment_lock BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX reg_participant_family ON reg_participant (family_name_lc, given_name_lc);
CREATE INDEX reg_participant_given ON reg_participant (given_name_lc);
CREATE INDEX reg_participant_dob ON reg_participant (date_of_birth);

CREATE TABLE reg_identifier (
  system VARCHAR(64) NOT NULL,
  id_value VARCHAR(128) NOT NULL,
  participant_id VARCHAR(36) NOT NULL REFERENCES reg_participant (id),
  PRIMARY KEY (system, id_value)
);
CREATE INDEX reg_identifier_participant ON reg_identifier (participant_id);

CREATE TABLE reg_staff (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  username VARCHAR(64),
  given_name VARCHAR(100) NOT NULL,
  family_name VARCHAR(100) NOT NULL,
  role VARCHAR(32) NOT NULL,
  site VARCHAR(64) NOT NULL,
  email VARCHAR(254),
  phone VARCHAR(40),
  active BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT reg_staff_username UNIQUE (username)
);
CREATE INDEX reg_staff_site ON reg_staff (site, role);

CREATE TABLE reg_team (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  site VARCHAR(64) NOT NULL,
  case_manager_id VARCHAR(36) NOT NULL REFERENCES reg_staff (id),
  peer_specialist_id VARCHAR(36) NOT NULL REFERENCES reg_staff (id),
  caseload_limit INTEGER,
  active BOOLEAN NOT NULL,
  -- bumped by every enrollment onto the team: serializes caseload checks across nodes
  enrollment_lock BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT reg_team_name UNIQUE (site, name)
);

CREATE TABLE reg_enrollment (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL REFERENCES reg_participant (id),
  team_id VARCHAR(36) NOT NULL REFERENCES reg_team (id),
  program_months INTEGER NOT NULL,
  start_setting VARCHAR(16) NOT NULL,
  referral_source VARCHAR(32) NOT NULL,
  referral_note VARCHAR(500),
  start_date DATE NOT NULL,
  expected_end_date DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  status_reason VARCHAR(500),
  status_date DATE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX reg_enrollment_team ON reg_enrollment (team_id, status);
CREATE INDEX reg_enrollment_participant ON reg_enrollment (participant_id, status);

CREATE TABLE reg_enrollment_history (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrollment_id VARCHAR(36) NOT NULL REFERENCES reg_enrollment (id),
  from_status VARCHAR(16),
  to_status VARCHAR(16) NOT NULL,
  reason VARCHAR(500),
  effective_date DATE NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR(128) NOT NULL
);
CREATE INDEX reg_enrollment_history_enr ON reg_enrollment_history (enrollment_id);
