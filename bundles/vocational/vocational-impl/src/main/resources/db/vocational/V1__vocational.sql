-- The vocational module: its copy of the enrollments (kept current from registry events by EnrollmentCopy), goals
-- with progress notes, the site's employers and openings, job applications with their interviews and offers, the
-- employment and education timeline, education enrollments and on-the-job support contacts. Portable SQL for Derby
-- and PostgreSQL: no type here differs between them, so there is no postgresql/ variant.
CREATE TABLE voc_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX voc_enrollment_participant ON voc_enrollment (participant_id, status);
CREATE INDEX voc_enrollment_team ON voc_enrollment (team_id, status, participant_id);

CREATE TABLE voc_goal (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  target_date DATE,
  status VARCHAR(16) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_goal_participant ON voc_goal (participant_id, created_at DESC, id DESC);

-- progress notes: appended, never changed
CREATE TABLE voc_goal_note (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  goal_id VARCHAR(36) NOT NULL REFERENCES voc_goal (id),
  note_date DATE NOT NULL,
  note_text VARCHAR(2000) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_goal_note_goal ON voc_goal_note (goal_id, note_date DESC, recorded_at DESC);

-- the site's employers: not participant data
CREATE TABLE voc_employer (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  site VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  contact_name VARCHAR(200),
  phone VARCHAR(40),
  email VARCHAR(200),
  address VARCHAR(500),
  terms VARCHAR(2000),
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_employer_site ON voc_employer (site, name, id);

-- an opening keeps its employer's site, so that the site's list reads one index range
CREATE TABLE voc_opening (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  employer_id VARCHAR(36) NOT NULL REFERENCES voc_employer (id),
  site VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  hours VARCHAR(16) NOT NULL,
  wage VARCHAR(100),
  posted_on DATE NOT NULL,
  closes_on DATE,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_opening_employer ON voc_opening (employer_id, posted_on DESC, id DESC);
CREATE INDEX voc_opening_site ON voc_opening (site, status, posted_on DESC, id DESC);

CREATE TABLE voc_application (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  opening_id VARCHAR(36) NOT NULL REFERENCES voc_opening (id),
  applied_on DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  -- the documents checklist
  resume_ready BOOLEAN NOT NULL,
  references_ready BOOLEAN NOT NULL,
  id_ready BOOLEAN NOT NULL,
  application_form_ready BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL,
  -- one application per participant and opening
  CONSTRAINT voc_application_once UNIQUE (participant_id, opening_id)
);
CREATE INDEX voc_application_participant ON voc_application (participant_id, applied_on DESC, id DESC);
CREATE INDEX voc_application_opening ON voc_application (opening_id);

-- an application's interviews and offers, in the order sent; replaced with the application
CREATE TABLE voc_interview (
  application_id VARCHAR(36) NOT NULL REFERENCES voc_application (id),
  seq INTEGER NOT NULL,
  scheduled_at TIMESTAMP NOT NULL,
  preparation VARCHAR(2000),
  follow_up VARCHAR(2000),
  outcome VARCHAR(16),
  PRIMARY KEY (application_id, seq)
);
CREATE TABLE voc_offer (
  application_id VARCHAR(36) NOT NULL REFERENCES voc_application (id),
  seq INTEGER NOT NULL,
  offered_on DATE NOT NULL,
  wage VARCHAR(100),
  hours VARCHAR(16),
  start_date DATE,
  response VARCHAR(16) NOT NULL,
  PRIMARY KEY (application_id, seq)
);

-- one row per participant with a timeline, updated first by every change of it: changes of one participant's
-- timeline run one after the other, so two moves cannot both pass the overlap check
CREATE TABLE voc_timeline (
  participant_id VARCHAR(36) NOT NULL PRIMARY KEY,
  changes BIGINT NOT NULL
);

-- a status from start_day (inclusive) to end_day (exclusive, null while it holds), as epoch days for the days
-- arithmetic (DaySpan.sqlDays), and as dates for reading
CREATE TABLE voc_period (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  status VARCHAR(16) NOT NULL,
  start_day INTEGER NOT NULL,
  end_day INTEGER,
  start_date DATE NOT NULL,
  end_date DATE,
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_period_participant ON voc_period (participant_id, start_day, status, end_day);

CREATE TABLE voc_education (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  program_name VARCHAR(200) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  enrolled_on DATE NOT NULL,
  completed_on DATE,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_education_participant ON voc_education (participant_id, enrolled_on DESC, id DESC);
-- the court report's completions of a period
CREATE INDEX voc_education_completed ON voc_education (participant_id, completed_on);

-- on-the-job support: the instant, and the UTC offset it was given with; topics comma-joined
CREATE TABLE voc_support_contact (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  staff_id VARCHAR(36) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  utc_offset_seconds INTEGER NOT NULL,
  mode VARCHAR(16) NOT NULL,
  topics VARCHAR(200) NOT NULL,
  minutes INTEGER,
  notes VARCHAR(2000),
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(128) NOT NULL
);
CREATE INDEX voc_support_contact_participant ON voc_support_contact (participant_id, occurred_at DESC, id DESC);
