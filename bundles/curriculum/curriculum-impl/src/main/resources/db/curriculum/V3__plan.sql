-- The recovery and treatment plan. Versioned, never overwritten: cur_plan holds the current version
-- number (the ETag; a revision moves it on only from the version it was based on), and every version's
-- content stays in the version tables. Goals keep their id across versions (cur_plan_goal); their
-- progress notes are appended and make no version.
CREATE TABLE cur_plan (
  participant_id VARCHAR(36) NOT NULL PRIMARY KEY,
  current_version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE cur_plan_version (
  participant_id VARCHAR(36) NOT NULL REFERENCES cur_plan (participant_id),
  version INTEGER NOT NULL,
  reason VARCHAR(16) NOT NULL,
  -- the CTI phase a PHASE_REVIEW reviews
  reviewed_phase INTEGER,
  -- the participant's CTI phase on the day it was saved, and the enrollment then open
  phase INTEGER,
  enrollment_id VARCHAR(36),
  saved_at TIMESTAMP NOT NULL,
  -- the day in the site's time zone, which review due dates compare with phase starts
  saved_on DATE NOT NULL,
  saved_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (participant_id, version)
);

CREATE TABLE cur_plan_pathway (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  pathway VARCHAR(32) NOT NULL,
  description VARCHAR(200),
  PRIMARY KEY (participant_id, version, pathway),
  FOREIGN KEY (participant_id, version) REFERENCES cur_plan_version (participant_id, version)
);

CREATE TABLE cur_plan_goal (
  goal_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL REFERENCES cur_plan (participant_id),
  added_in_version INTEGER NOT NULL
);
CREATE INDEX cur_plan_goal_participant ON cur_plan_goal (participant_id);

CREATE TABLE cur_plan_goal_version (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  goal_id VARCHAR(36) NOT NULL REFERENCES cur_plan_goal (goal_id),
  seq INTEGER NOT NULL,
  goal_text VARCHAR(500) NOT NULL,
  target_date DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  PRIMARY KEY (participant_id, version, goal_id),
  FOREIGN KEY (participant_id, version) REFERENCES cur_plan_version (participant_id, version)
);
CREATE INDEX cur_plan_goal_version_goal ON cur_plan_goal_version (goal_id, version);

CREATE TABLE cur_plan_diagnosis (
  participant_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  code VARCHAR(16) NOT NULL,
  description VARCHAR(300) NOT NULL,
  stated_by VARCHAR(200) NOT NULL,
  stated_on DATE NOT NULL,
  PRIMARY KEY (participant_id, version, seq),
  FOREIGN KEY (participant_id, version) REFERENCES cur_plan_version (participant_id, version)
);

CREATE TABLE cur_plan_goal_note (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  goal_id VARCHAR(36) NOT NULL REFERENCES cur_plan_goal (goal_id),
  participant_id VARCHAR(36) NOT NULL,
  note VARCHAR(2000) NOT NULL,
  written_at TIMESTAMP NOT NULL,
  written_by VARCHAR(128) NOT NULL
);
-- a goal's notes, newest first
CREATE INDEX cur_plan_goal_note_goal ON cur_plan_goal_note (goal_id, written_at DESC, id DESC);
