-- DRT's copy of the enrollments it counts per team and site (kept current from registry events by
-- EnrollmentCopy), and the sessions delivered. Portable SQL for Derby and PostgreSQL.
CREATE TABLE drt_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX drt_enrollment_participant ON drt_enrollment (participant_id, status);
CREATE INDEX drt_enrollment_team ON drt_enrollment (team_id, status);
-- the site view's count: the site's open enrollments, with the id its NOT EXISTS probes by
CREATE INDEX drt_enrollment_site ON drt_enrollment (site, status, enrollment_id);
-- the site view's order (longest enrolled first, then participant): read a page, never sort the site
CREATE INDEX drt_enrollment_site_start ON drt_enrollment (site, start_date, participant_id, status, enrollment_id);

CREATE TABLE drt_session (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  enrollment_id VARCHAR(36) NOT NULL REFERENCES drt_enrollment (enrollment_id),
  catalog_session_id VARCHAR(100) NOT NULL,
  -- the version of the catalog session's wording in use when the session was recorded
  catalog_version INTEGER NOT NULL,
  -- the day in the site's time zone
  session_date DATE NOT NULL,
  case_manager_id VARCHAR(36) NOT NULL,
  attendance VARCHAR(16) NOT NULL,
  minutes INTEGER,
  setting VARCHAR(16) NOT NULL,
  homework_set BOOLEAN NOT NULL,
  homework VARCHAR(200),
  pss_reviewed_workbook BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
-- progress of an enrollment in one index range, the table untouched: the last day, whether a session
-- was held recently (a date range), and which catalog sessions were delivered
CREATE INDEX drt_session_enrollment ON drt_session (enrollment_id, session_date, attendance, catalog_session_id);
-- a participant's sessions, newest first
CREATE INDEX drt_session_participant ON drt_session (participant_id, session_date DESC, id DESC);
