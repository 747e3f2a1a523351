-- The session catalogs of both curricula, as data: editions of the manual, their sessions, and every
-- version of each session's wording (a delivered session names the version it used). Portable SQL for
-- Derby and PostgreSQL; flags are SMALLINT 0/1. Nothing here holds participant data.
CREATE TABLE cur_edition (
  curriculum VARCHAR(8) NOT NULL,
  code VARCHAR(40) NOT NULL,
  title VARCHAR(200) NOT NULL,
  -- exactly one edition per curriculum is in use: switched by one UPDATE of all its editions
  in_use SMALLINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (curriculum, code)
);
CREATE INDEX cur_edition_in_use ON cur_edition (curriculum, in_use);

CREATE TABLE cur_session (
  id VARCHAR(100) NOT NULL PRIMARY KEY,
  curriculum VARCHAR(8) NOT NULL,
  edition VARCHAR(40) NOT NULL,
  number INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000),
  local_flag SMALLINT NOT NULL,
  retired SMALLINT NOT NULL,
  retired_reason VARCHAR(500),
  version INTEGER NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL,
  FOREIGN KEY (curriculum, edition) REFERENCES cur_edition (curriculum, code)
);
-- an edition's sessions in manual order; the current ones (retired = 0) first in the index
CREATE INDEX cur_session_edition ON cur_session (curriculum, edition, retired, number);

CREATE TABLE cur_session_version (
  session_id VARCHAR(100) NOT NULL REFERENCES cur_session (id),
  version INTEGER NOT NULL,
  number INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000),
  retired SMALLINT NOT NULL,
  retired_reason VARCHAR(500),
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (session_id, version)
);

-- The manual as shipped: one edition per curriculum, in use.
INSERT INTO cur_edition (curriculum, code, title, in_use, created_at, created_by) VALUES
  ('DRT', 'mission-cj', 'MISSION-CJ manual', 1, CURRENT_TIMESTAMP, 'migration'),
  ('PEER', 'mission-cj', 'MISSION-CJ manual', 1, CURRENT_TIMESTAMP, 'migration');

-- Dual Recovery Therapy: the 13 sessions the Case Manager delivers.
INSERT INTO cur_session (id, curriculum, edition, number, title, summary, local_flag, retired, version,
    updated_at, updated_by) VALUES
  ('drt-mission-cj-01', 'DRT', 'mission-cj', 1, 'Onset of Problems',
    'Looks back at when and how the mental health and substance use problems began and how each has affected the other.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-02', 'DRT', 'mission-cj', 2, 'Life Problem Areas',
    'Reviews areas of daily life such as housing, work, health, family and legal matters to find where problems weigh most.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-03', 'DRT', 'mission-cj', 3, 'Motivation, Confidence and Readiness to Change',
    'Explores how important a change is to the participant, how confident they feel about making it and how ready they are to start.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-04', 'DRT', 'mission-cj', 4, 'Developing a Personal Recovery Plan',
    'Sets recovery goals for both conditions and the first concrete steps toward them.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-05', 'DRT', 'mission-cj', 5, 'Decisional Balance',
    'Weighs the benefits and costs of continuing substance use against those of changing it.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-06', 'DRT', 'mission-cj', 6, 'Developing Strong Communication Skills',
    'Practices listening, stating needs clearly and asking for support without conflict.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-07', 'DRT', 'mission-cj', 7, 'Orientation to 12-Step Programs',
    'Introduces what 12-step and other mutual-help meetings offer and how to try one.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-08', 'DRT', 'mission-cj', 8, 'Anger Management',
    'Identifies the early signs of anger and rehearses ways to calm down and respond safely.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-09', 'DRT', 'mission-cj', 9, 'Relapse Prevention',
    'Maps high-risk situations and warning signs and plans responses that keep recovery on track.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-10', 'DRT', 'mission-cj', 10, 'Relationship-Related Triggers',
    'Looks at the people and relationships that raise the risk of use or symptoms and at ways of handling them.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-11', 'DRT', 'mission-cj', 11, 'Changing Unhealthy Thinking Patterns',
    'Recognizes automatic negative thoughts and practices replacing them with more balanced ones.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-12', 'DRT', 'mission-cj', 12, 'Changing Irrational Beliefs',
    'Examines rigid beliefs about oneself and others and tests them against the evidence.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('drt-mission-cj-13', 'DRT', 'mission-cj', 13, 'Scheduling Activities in Early Recovery',
    'Plans a weekly routine of rewarding, substance-free activities for the time once spent using.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration');

-- Peer-led sessions: the 11 sessions the Peer Support Specialist facilitates, individually or in a group.
INSERT INTO cur_session (id, curriculum, edition, number, title, summary, local_flag, retired, version,
    updated_at, updated_by) VALUES
  ('peer-mission-cj-01', 'PEER', 'mission-cj', 1, 'Willingness',
    'Talks about being open to new ideas and to accepting help as a first step in recovery.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-02', 'PEER', 'mission-cj', 2, 'Self-Acceptance and Respect',
    'Explores treating oneself with the same respect one gives others, mistakes included.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-03', 'PEER', 'mission-cj', 3, 'Gratitude',
    'Shares ways of noticing what is going well and how that supports recovery.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-04', 'PEER', 'mission-cj', 4, 'Humility',
    'Discusses seeing oneself honestly, neither above nor below others, and learning from peers.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-05', 'PEER', 'mission-cj', 5, 'Dealing with Frustration',
    'Shares ways of coping when plans stall or progress feels slow.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-06', 'PEER', 'mission-cj', 6, 'Handling Painful Situations',
    'Talks about getting through loss, conflict and hard feelings without turning to substances.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-07', 'PEER', 'mission-cj', 7, 'Significance of Honesty',
    'Explores why honesty with oneself and with others matters for trust and for recovery.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-08', 'PEER', 'mission-cj', 8, 'Courage',
    'Shares experiences of facing fears and taking difficult steps toward change.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-09', 'PEER', 'mission-cj', 9, 'Patience',
    'Discusses accepting that recovery takes time and staying steady through setbacks.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-10', 'PEER', 'mission-cj', 10, 'Medicine Maintenance',
    'Talks about taking prescribed medication as agreed and raising concerns with the prescriber.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration'),
  ('peer-mission-cj-11', 'PEER', 'mission-cj', 11, 'Making a Good Thing Last',
    'Looks at keeping the gains made and planning support for the time after the program.',
    0, 0, 1, CURRENT_TIMESTAMP, 'migration');

-- Version 1 of every shipped session's wording.
INSERT INTO cur_session_version (session_id, version, number, title, summary, retired, retired_reason, changed_at,
    changed_by)
  SELECT id, version, number, title, summary, retired, retired_reason, updated_at, updated_by FROM cur_session;
