-- The trauma module: its copy of the enrollments it lists per team and site (kept current from registry events
-- by EnrollmentCopy), the instrument definitions, screens, safety alerts, rescreens and trauma-informed
-- preferences. Portable SQL for Derby and PostgreSQL.
CREATE TABLE tr_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX tr_enrollment_participant ON tr_enrollment (participant_id, status);
CREATE INDEX tr_enrollment_team ON tr_enrollment (team_id, status, participant_id);
CREATE INDEX tr_enrollment_site ON tr_enrollment (site, status, participant_id);

-- one version of an instrument, as loaded: never updated (a change is the next version)
CREATE TABLE tr_instrument (
  instrument_id VARCHAR(40) NOT NULL,
  version INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  domain VARCHAR(40) NOT NULL,
  -- SHIPPED or SITE
  origin VARCHAR(16) NOT NULL,
  -- the definition's JSON text (items, scores, cut-offs, flags)
  definition VARCHAR(32000) NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  loaded_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (instrument_id, version)
);

CREATE TABLE tr_screen (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  enrollment_id VARCHAR(36),
  instrument_id VARCHAR(40) NOT NULL,
  instrument_version INTEGER NOT NULL,
  instrument_title VARCHAR(200) NOT NULL,
  domain VARCHAR(40) NOT NULL,
  -- COMPLETED or DECLINED (a declined screen has no answers and no result)
  status VARCHAR(16) NOT NULL,
  screen_date DATE NOT NULL,
  decline_reason VARCHAR(200),
  -- answers and result: V2 (their type differs between the databases)
  positive BOOLEAN NOT NULL,
  safety BOOLEAN NOT NULL,
  rescreen_due DATE,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  FOREIGN KEY (instrument_id, instrument_version) REFERENCES tr_instrument (instrument_id, version)
);
-- a participant's screens, newest first; and the court report's period
CREATE INDEX tr_screen_participant ON tr_screen (participant_id, screen_date DESC, id DESC);

CREATE TABLE tr_alert (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  screen_id VARCHAR(36) NOT NULL REFERENCES tr_screen (id),
  instrument_id VARCHAR(40) NOT NULL,
  flag_id VARCHAR(40) NOT NULL,
  title VARCHAR(200) NOT NULL,
  flag_text VARCHAR(1000),
  -- the site of the staff member who recorded the screen: the site list shows an alert raised at intake (before
  -- any enrollment, so on no team) to that site's supervisors and navigators
  raised_site VARCHAR(64),
  -- OPEN until a clinician acknowledges it
  status VARCHAR(16) NOT NULL,
  raised_at TIMESTAMP NOT NULL,
  acknowledged_at TIMESTAMP,
  acknowledged_by VARCHAR(128),
  action_taken VARCHAR(1000)
);
-- a team's alerts: its participants' ranges
CREATE INDEX tr_alert_participant ON tr_alert (participant_id, status, raised_at, id);
-- a site's open alerts, the oldest first: the open ones are few, each checked against the site
CREATE INDEX tr_alert_status ON tr_alert (status, raised_at, id);
CREATE INDEX tr_alert_screen ON tr_alert (screen_id);

-- the rescreen a positive trauma screen schedules, one per participant and instrument
CREATE TABLE tr_rescreen (
  participant_id VARCHAR(36) NOT NULL,
  instrument_id VARCHAR(40) NOT NULL,
  screen_id VARCHAR(36) NOT NULL REFERENCES tr_screen (id),
  screen_date DATE NOT NULL,
  due_date DATE NOT NULL,
  PRIMARY KEY (participant_id, instrument_id)
);

CREATE TABLE tr_preference (
  participant_id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  preferred_staff_gender VARCHAR(16),
  known_triggers VARCHAR(1000),
  preferred_setting VARCHAR(500),
  crisis_help VARCHAR(1000),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
