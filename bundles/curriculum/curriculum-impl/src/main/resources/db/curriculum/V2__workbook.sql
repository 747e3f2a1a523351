-- The participant workbook. Its exercises are forms described by JSON Schemas (draft 2020-12), held here as data
-- and versioned (cur_exercise; no participant data). A participant's answers to one exercise form an entry
-- (cur_workbook_entry, whose current_version is the ETag a save must name); every version saved stays
-- (cur_workbook_answer), never overwritten, and may be reviewed by several people (cur_workbook_review).
-- Portable SQL for Derby and PostgreSQL.
CREATE TABLE cur_exercise (
  code VARCHAR(64) NOT NULL,
  version INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(2000),
  -- the schema's JSON text
  json_schema VARCHAR(32000) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (code, version)
);

CREATE TABLE cur_workbook_entry (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  exercise_code VARCHAR(64) NOT NULL,
  current_version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  -- one entry per participant and exercise: two first saves at once are a conflict, not two entries
  CONSTRAINT cur_workbook_entry_exercise UNIQUE (participant_id, exercise_code)
);

CREATE TABLE cur_workbook_answer (
  entry_id VARCHAR(36) NOT NULL REFERENCES cur_workbook_entry (id),
  version INTEGER NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  exercise_code VARCHAR(64) NOT NULL,
  exercise_version INTEGER NOT NULL,
  -- the answers' JSON text, checked against the exercise version's schema before it is stored
  answers VARCHAR(32000) NOT NULL,
  -- written down for the participant by the peer in recorded_by
  scribed BOOLEAN NOT NULL,
  recorded_by VARCHAR(128) NOT NULL,
  recorder_role VARCHAR(32) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (entry_id, version),
  FOREIGN KEY (exercise_code, exercise_version) REFERENCES cur_exercise (code, version)
);

CREATE TABLE cur_workbook_review (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  entry_id VARCHAR(36) NOT NULL,
  version INTEGER NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  reviewed_by VARCHAR(128) NOT NULL,
  reviewer_role VARCHAR(32) NOT NULL,
  reviewed_at TIMESTAMP NOT NULL,
  comment VARCHAR(500),
  FOREIGN KEY (entry_id, version) REFERENCES cur_workbook_answer (entry_id, version),
  -- a version's reviews, and each reviewer once per version
  CONSTRAINT cur_workbook_review_once UNIQUE (entry_id, version, reviewed_by)
);

-- The seven exercises of the MISSION-CJ participant workbook, version 1.
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('relapse-prevention-plan', 1,
  'Relapse prevention plan',
  'The participant''s own plan for staying on track: the warning signs they notice, the situations that put them at risk and what they will do, who they can call, and what they will do if they slip.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Relapse prevention plan",
  "description": "The participant''s own plan for staying on track: the warning signs they notice, the situations that put them at risk and what they will do, who they can call, and what they will do if they slip.",
  "type": "object",
  "additionalProperties": false,
  "required": ["warningSigns", "copingStrategies"],
  "properties": {
    "completedOn": {"type": "string", "format": "date", "description": "The day the participant completed the plan."},
    "reasonsForRecovery": {
      "type": "array", "maxItems": 10,
      "description": "Why staying in recovery matters to the participant.",
      "items": {"type": "string", "minLength": 1, "maxLength": 300}
    },
    "warningSigns": {
      "type": "array", "minItems": 1, "maxItems": 15,
      "description": "Thoughts, feelings and behaviors that come before a relapse.",
      "items": {"type": "string", "minLength": 1, "maxLength": 300}
    },
    "highRiskSituations": {
      "type": "array", "maxItems": 10,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["situation"],
        "properties": {
          "situation": {"type": "string", "minLength": 1, "maxLength": 300},
          "plan": {"type": "string", "maxLength": 500, "description": "What the participant will do instead."}
        }
      }
    },
    "copingStrategies": {
      "type": "array", "minItems": 1, "maxItems": 15,
      "items": {"type": "string", "minLength": 1, "maxLength": 300}
    },
    "supportPeople": {
      "type": "array", "maxItems": 10,
      "description": "People the participant can reach out to.",
      "items": {
        "type": "object", "additionalProperties": false, "required": ["name"],
        "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 100},
          "relationship": {"type": "string", "maxLength": 100},
          "howTheyHelp": {"type": "string", "maxLength": 300}
        }
      }
    },
    "ifISlip": {"type": "string", "maxLength": 1000, "description": "What the participant will do after a lapse to get back on track."}
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('problem-solving', 1,
  'Problem solving (PICBA)',
  'Working through one problem step by step: Problem (say what it is), Identify options, Consider the consequences of each, Behave (choose one and act), Assess how it went.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Problem solving (PICBA)",
  "description": "Working through one problem step by step: Problem (say what it is), Identify options, Consider the consequences of each, Behave (choose one and act), Assess how it went.",
  "type": "object",
  "additionalProperties": false,
  "required": ["problem", "options"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "problem": {"type": "string", "minLength": 1, "maxLength": 1000, "description": "P: the problem, in the participant''s words."},
    "options": {
      "type": "array", "minItems": 1, "maxItems": 8,
      "description": "I and C: the options, each with its likely consequences.",
      "items": {
        "type": "object", "additionalProperties": false, "required": ["option"],
        "properties": {
          "option": {"type": "string", "minLength": 1, "maxLength": 300},
          "pros": {"type": "array", "maxItems": 5, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
          "cons": {"type": "array", "maxItems": 5, "items": {"type": "string", "minLength": 1, "maxLength": 200}}
        }
      }
    },
    "choice": {
      "type": "object", "additionalProperties": false, "required": ["option"],
      "description": "B: the option chosen and the steps to carry it out.",
      "properties": {
        "option": {"type": "integer", "minimum": 1, "maximum": 8, "description": "The number of the option chosen, 1 for the first."},
        "why": {"type": "string", "maxLength": 500},
        "steps": {"type": "array", "maxItems": 8, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
        "startOn": {"type": "string", "format": "date"}
      }
    },
    "assessment": {
      "type": "object", "additionalProperties": false, "required": ["outcome"],
      "description": "A: how it went.",
      "properties": {
        "assessedOn": {"type": "string", "format": "date"},
        "outcome": {"enum": ["WORKED", "PARTLY_WORKED", "DID_NOT_WORK", "NOT_TRIED_YET"]},
        "whatILearned": {"type": "string", "maxLength": 1000},
        "nextStep": {"type": "string", "maxLength": 500}
      }
    }
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('employment-education-plan', 1,
  'Employment and education plan',
  'The participant''s goal for work, school or training, what they bring to it, what stands in the way, the documents they need and the steps toward it.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Employment and education plan",
  "description": "The participant''s goal for work, school or training, what they bring to it, what stands in the way, the documents they need and the steps toward it.",
  "type": "object",
  "additionalProperties": false,
  "required": ["goalType", "goal"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "goalType": {"enum": ["EMPLOYMENT", "EDUCATION", "JOB_TRAINING", "VOLUNTEERING"]},
    "goal": {"type": "string", "minLength": 1, "maxLength": 500},
    "strengths": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
    "workHistory": {
      "type": "array", "maxItems": 10,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["role"],
        "properties": {
          "role": {"type": "string", "minLength": 1, "maxLength": 200},
          "from": {"type": "string", "format": "date"},
          "to": {"type": "string", "format": "date"}
        }
      }
    },
    "barriers": {
      "type": "array", "maxItems": 10,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["barrier"],
        "properties": {
          "barrier": {"type": "string", "minLength": 1, "maxLength": 200},
          "plan": {"type": "string", "maxLength": 300}
        }
      }
    },
    "documentsNeeded": {
      "type": "array", "maxItems": 10, "uniqueItems": true,
      "items": {"enum": ["STATE_ID", "SOCIAL_SECURITY_CARD", "BIRTH_CERTIFICATE", "DRIVERS_LICENSE", "RESUME", "DIPLOMA_OR_GED", "TRANSCRIPT", "REFERENCES", "WORK_PERMIT", "OTHER"]}
    },
    "steps": {
      "type": "array", "maxItems": 15,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["step"],
        "properties": {
          "step": {"type": "string", "minLength": 1, "maxLength": 300},
          "targetDate": {"type": "string", "format": "date"},
          "done": {"type": "boolean"}
        }
      }
    }
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('timeline-worksheet', 1,
  'Timeline worksheet',
  'The participant''s life in order: the events they choose to put on it (substance use, mental health, treatment, family, housing, work or school, legal), to see how they connect.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Timeline worksheet",
  "description": "The participant''s life in order: the events they choose to put on it (substance use, mental health, treatment, family, housing, work or school, legal), to see how they connect.",
  "type": "object",
  "additionalProperties": false,
  "required": ["events"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "events": {
      "type": "array", "minItems": 1, "maxItems": 40,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["event"],
        "properties": {
          "date": {"type": "string", "format": "date", "description": "When it happened, if the participant knows the day."},
          "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
          "age": {"type": "integer", "minimum": 0, "maximum": 120, "description": "The participant''s age at the time."},
          "kind": {"enum": ["SUBSTANCE_USE", "MENTAL_HEALTH", "TREATMENT", "FAMILY", "HOUSING", "WORK_OR_SCHOOL", "LEGAL", "HEALTH", "LOSS", "OTHER"]},
          "event": {"type": "string", "minLength": 1, "maxLength": 300}
        }
      }
    },
    "patterns": {"type": "string", "maxLength": 2000, "description": "What the participant notices looking at the timeline as a whole."}
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('personal-recovery-plan', 1,
  'Personal recovery plan',
  'What recovery means to the participant and their goals in the areas of life they choose, with the first steps, the strengths they build on and the supports they use.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Personal recovery plan",
  "description": "What recovery means to the participant and their goals in the areas of life they choose, with the first steps, the strengths they build on and the supports they use.",
  "type": "object",
  "additionalProperties": false,
  "required": ["goals"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "recoveryMeansToMe": {"type": "string", "maxLength": 1000},
    "goals": {
      "type": "array", "minItems": 1, "maxItems": 10,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["area", "goal"],
        "properties": {
          "area": {"enum": ["SUBSTANCE_USE", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "HOUSING", "RELATIONSHIPS", "EMPLOYMENT_EDUCATION", "LEGAL", "FINANCES", "SPIRITUALITY", "LEISURE"]},
          "goal": {"type": "string", "minLength": 1, "maxLength": 300},
          "steps": {"type": "array", "maxItems": 5, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
          "targetDate": {"type": "string", "format": "date"}
        }
      }
    },
    "strengths": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
    "supports": {
      "type": "array", "maxItems": 10, "uniqueItems": true,
      "description": "Recovery supports the participant uses or wants to try.",
      "items": {"enum": ["TWELVE_STEP", "SMART_RECOVERY", "LIFERING", "CELEBRATE_RECOVERY", "SOS", "REFUGE_RECOVERY", "SHE_RECOVERS", "MEDICATION_ASSISTED_TREATMENT", "PEER_SUPPORT", "COUNSELING", "FAITH_COMMUNITY", "FAMILY", "OTHER"]}
    }
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('identifying-triggers', 1,
  'Identifying triggers',
  'The people, places, things, feelings and times that make the participant want to use, how strong each pull is (0 none to 10 strongest), and how they will cope with it.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Identifying triggers",
  "description": "The people, places, things, feelings and times that make the participant want to use, how strong each pull is (0 none to 10 strongest), and how they will cope with it.",
  "type": "object",
  "additionalProperties": false,
  "required": ["triggers"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "triggers": {
      "type": "array", "minItems": 1, "maxItems": 20,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["trigger", "kind", "intensity"],
        "properties": {
          "trigger": {"type": "string", "minLength": 1, "maxLength": 200},
          "kind": {"enum": ["PEOPLE", "PLACES", "THINGS", "FEELINGS", "TIMES", "EVENTS"]},
          "intensity": {"type": "integer", "minimum": 0, "maximum": 10},
          "copingPlan": {"type": "string", "maxLength": 500}
        }
      }
    },
    "strongestTrigger": {"type": "string", "maxLength": 200, "description": "The one the participant wants to work on first."}
  }
}', CURRENT_TIMESTAMP, 'migration');
INSERT INTO cur_exercise (code, version, title, description, json_schema, created_at, created_by) VALUES ('coping-with-trauma', 1,
  'Coping with trauma',
  'How the effects of trauma show up for the participant and what helps them feel safe and grounded. It asks about reactions and coping, never for an account of what happened.',
'{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Coping with trauma",
  "description": "How the effects of trauma show up for the participant and what helps them feel safe and grounded. It asks about reactions and coping, never for an account of what happened.",
  "type": "object",
  "additionalProperties": false,
  "required": ["copingPlan"],
  "properties": {
    "completedOn": {"type": "string", "format": "date"},
    "reactions": {
      "type": "array", "maxItems": 12, "uniqueItems": true,
      "items": {"enum": ["NIGHTMARES", "FLASHBACKS", "AVOIDING_REMINDERS", "FEELING_ON_EDGE", "TROUBLE_SLEEPING", "ANGER", "FEELING_NUMB", "TROUBLE_TRUSTING", "USING_TO_COPE", "TROUBLE_CONCENTRATING", "OTHER"]}
    },
    "earlySigns": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
    "groundingTechniques": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
    "safePeople": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 100}},
    "safePlaces": {"type": "array", "maxItems": 10, "items": {"type": "string", "minLength": 1, "maxLength": 100}},
    "copingPlan": {
      "type": "array", "minItems": 1, "maxItems": 10,
      "items": {
        "type": "object", "additionalProperties": false, "required": ["whenIFeel", "iWill"],
        "properties": {
          "whenIFeel": {"type": "string", "minLength": 1, "maxLength": 200},
          "iWill": {"type": "string", "minLength": 1, "maxLength": 300}
        }
      }
    },
    "wantsSpecialistReferral": {"type": "boolean", "description": "Whether the participant wants to be referred to a trauma specialist."}
  }
}', CURRENT_TIMESTAMP, 'migration');
