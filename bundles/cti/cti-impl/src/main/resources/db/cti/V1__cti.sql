-- CTI's copy of the enrollment facts it schedules from (kept current from registry events),
-- the due contacts, and the contacts logged. Phases are never stored: they follow from the dates.
CREATE TABLE cti_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  release_date DATE,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cti_enrollment_team ON cti_enrollment (team_id, status);
CREATE INDEX cti_enrollment_participant ON cti_enrollment (participant_id, status);
CREATE INDEX cti_enrollment_site ON cti_enrollment (site, status);

CREATE TABLE cti_due (
  enrollment_id VARCHAR(36) NOT NULL REFERENCES cti_enrollment (enrollment_id),
  due_date DATE NOT NULL,
  window_end DATE NOT NULL,
  phase INTEGER NOT NULL,
  PRIMARY KEY (enrollment_id, due_date)
);

CREATE TABLE cti_contact (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  enrollment_id VARCHAR(36) NOT NULL REFERENCES cti_enrollment (enrollment_id),
  staff_id VARCHAR(36) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  -- the day in the site's time zone, which schedules and adherence count in
  local_date DATE NOT NULL,
  utc_offset_seconds INTEGER NOT NULL,
  kind VARCHAR(16) NOT NULL,
  accompaniment_to VARCHAR(16),
  place VARCHAR(200),
  minutes INTEGER,
  peer_support VARCHAR(16),
  notes VARCHAR(4000),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL
);
CREATE INDEX cti_contact_enrollment ON cti_contact (enrollment_id, local_date);
CREATE INDEX cti_contact_participant ON cti_contact (participant_id, occurred_at);
