-- The peer module's copy of enrollments (kept by the registry's EnrollmentCopy), its groups with their
-- rosters, comfort agreements and meetings, and individual peer-led sessions. Agreements and the members'
-- agreement to them are records, never overwritten: a new text is a new version.
CREATE TABLE peer_enrollment (
  enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  team_id VARCHAR(36) NOT NULL,
  site VARCHAR(64) NOT NULL,
  start_date DATE NOT NULL,
  program_months INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX peer_enrollment_participant ON peer_enrollment (participant_id, status);
CREATE INDEX peer_enrollment_team ON peer_enrollment (team_id, status);
CREATE INDEX peer_enrollment_site ON peer_enrollment (site, status);

CREATE TABLE peer_group (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  site VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  place VARCHAR(200),
  schedule VARCHAR(200),
  facilitator_id VARCHAR(36) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX peer_group_site ON peer_group (site, name, id);
CREATE INDEX peer_group_facilitator ON peer_group (facilitator_id, name, id);

-- one row per membership: a participant who rejoins has another; left_on is the last day as a member
CREATE TABLE peer_member (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  group_id VARCHAR(36) NOT NULL REFERENCES peer_group (id),
  participant_id VARCHAR(36) NOT NULL,
  enrollment_id VARCHAR(36) NOT NULL REFERENCES peer_enrollment (enrollment_id),
  joined_on DATE NOT NULL,
  left_on DATE,
  left_reason VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  left_at TIMESTAMP,
  left_by VARCHAR(128)
);
CREATE INDEX peer_member_group ON peer_member (group_id, participant_id, joined_on);
CREATE INDEX peer_member_participant ON peer_member (participant_id, joined_on);

CREATE TABLE peer_agreement (
  group_id VARCHAR(36) NOT NULL REFERENCES peer_group (id),
  version INTEGER NOT NULL,
  agreement_text VARCHAR(4000) NOT NULL,
  agreed_on DATE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (group_id, version)
);

CREATE TABLE peer_assent (
  group_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  member_id VARCHAR(36) NOT NULL REFERENCES peer_member (id),
  agreed_on DATE NOT NULL,
  at_join SMALLINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (group_id, version, participant_id),
  FOREIGN KEY (group_id, version) REFERENCES peer_agreement (group_id, version)
);

CREATE TABLE peer_meeting (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  group_id VARCHAR(36) NOT NULL REFERENCES peer_group (id),
  held_on DATE NOT NULL,
  staff_id VARCHAR(36) NOT NULL,
  catalog_session_id VARCHAR(64) NOT NULL,
  catalog_version INTEGER NOT NULL,
  minutes INTEGER,
  agreement_version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL
);
CREATE INDEX peer_meeting_group ON peer_meeting (group_id, held_on, id);

-- the meeting's day, group and topic are repeated here so that a participant's history and progress
-- read one table per kind of session
CREATE TABLE peer_attendance (
  meeting_id VARCHAR(36) NOT NULL REFERENCES peer_meeting (id),
  participant_id VARCHAR(36) NOT NULL,
  member_id VARCHAR(36) NOT NULL REFERENCES peer_member (id),
  enrollment_id VARCHAR(36) NOT NULL,
  group_id VARCHAR(36) NOT NULL,
  held_on DATE NOT NULL,
  catalog_session_id VARCHAR(64) NOT NULL,
  attendance VARCHAR(16) NOT NULL,
  PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX peer_attendance_participant ON peer_attendance (participant_id, held_on);
CREATE INDEX peer_attendance_enrollment ON peer_attendance (enrollment_id, held_on);
CREATE INDEX peer_attendance_member ON peer_attendance (member_id, held_on);

CREATE TABLE peer_session (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  enrollment_id VARCHAR(36) NOT NULL REFERENCES peer_enrollment (enrollment_id),
  staff_id VARCHAR(36) NOT NULL,
  held_on DATE NOT NULL,
  catalog_session_id VARCHAR(64) NOT NULL,
  catalog_version INTEGER NOT NULL,
  attendance VARCHAR(16) NOT NULL,
  minutes INTEGER,
  setting VARCHAR(16) NOT NULL,
  notes VARCHAR(4000),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL
);
CREATE INDEX peer_session_participant ON peer_session (participant_id, held_on);
CREATE INDEX peer_session_enrollment ON peer_session (enrollment_id, held_on);
