package org.missioncj.curriculum.impl.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For each shipped exercise, answers a participant could give (synthetic), and one wrong answer with the field
 * and rule the refusal must name.
 */
final class ExerciseSamples {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A wrong answer: the document, the JSON path refused and the reason expected. */
    record Bad(String answers, String field, String reason) {
    }

    static final Map<String, String> GOOD = new LinkedHashMap<>();
    static final Map<String, Bad> BAD = new LinkedHashMap<>();

    static {
        GOOD.put("relapse-prevention-plan", """
                {"completedOn": "2026-03-10",
                 "reasonsForRecovery": ["Be there for my daughter", "Keep my job"],
                 "warningSigns": ["Skipping meetings", "Not sleeping", "Thinking one drink is fine"],
                 "highRiskSituations": [{"situation": "Payday on Friday", "plan": "Go straight home and call my sponsor"}],
                 "copingStrategies": ["Call my sponsor", "Go for a walk", "Play it forward"],
                 "supportPeople": [{"name": "Sam", "relationship": "sponsor", "howTheyHelp": "Answers at any hour"}],
                 "ifISlip": "Tell my Peer Support Specialist the same day and go to a meeting."}
                """);
        BAD.put("relapse-prevention-plan", new Bad("""
                {"warningSigns": [], "copingStrategies": ["Call my sponsor"]}
                """, "answers.warningSigns", "must have at least 1 item (minItems)"));

        GOOD.put("problem-solving", """
                {"problem": "My car broke down and I cannot get to my appointments.",
                 "options": [
                   {"option": "Take the bus", "pros": ["Cheap"], "cons": ["Takes an hour"]},
                   {"option": "Ask my brother for rides", "pros": ["Fast"], "cons": ["He works days"]}],
                 "choice": {"option": 1, "why": "It is reliable", "steps": ["Get a bus pass"], "startOn": "2026-03-16"},
                 "assessment": {"assessedOn": "2026-03-14", "outcome": "PARTLY_WORKED", "whatILearned": "Leave earlier."}}
                """);
        BAD.put("problem-solving", new Bad("""
                {"problem": "Rent is due", "options": [{"option": "Ask for more hours"}],
                 "assessment": {"outcome": "GREAT"}}
                """, "answers.assessment.outcome",
                "must be one of WORKED, PARTLY_WORKED, DID_NOT_WORK, NOT_TRIED_YET (enum)"));

        GOOD.put("employment-education-plan", """
                {"goalType": "EMPLOYMENT", "goal": "Work in a warehouse by the summer",
                 "strengths": ["Forklift experience", "Reliable"],
                 "workHistory": [{"role": "Stocker", "from": "2019-05-01", "to": "2021-08-31"}],
                 "barriers": [{"barrier": "No state ID", "plan": "Go to the DMV with my PSS"}],
                 "documentsNeeded": ["STATE_ID", "RESUME"],
                 "steps": [{"step": "Write a resume", "targetDate": "2026-04-01", "done": false}]}
                """);
        BAD.put("employment-education-plan", new Bad("""
                {"goalType": "EMPLOYMENT", "goal": "Warehouse work", "documentsNeeded": ["RESUME", "RESUME"]}
                """, "answers.documentsNeeded", "must not list the same item twice (uniqueItems)"));

        GOOD.put("timeline-worksheet", """
                {"events": [
                   {"age": 14, "kind": "SUBSTANCE_USE", "event": "First drink"},
                   {"year": 2015, "kind": "MENTAL_HEALTH", "event": "Diagnosed with depression"},
                   {"date": "2025-11-02", "kind": "LEGAL", "event": "Arrested"}],
                 "patterns": "Things got worse every time I lost housing."}
                """);
        BAD.put("timeline-worksheet", new Bad("""
                {"events": [{"event": "Moved out"}, {"event": "Started treatment", "date": "2024-13-01"}]}
                """, "answers.events[1].date", "must be a date as YYYY-MM-DD (format)"));

        GOOD.put("personal-recovery-plan", """
                {"recoveryMeansToMe": "A life I do not need to escape from.",
                 "goals": [{"area": "HOUSING", "goal": "My own apartment", "steps": ["Apply for a voucher"],
                            "targetDate": "2026-09-01"},
                           {"area": "RELATIONSHIPS", "goal": "See my kids every week"}],
                 "strengths": ["Stubborn"], "supports": ["SMART_RECOVERY", "PEER_SUPPORT"]}
                """);
        BAD.put("personal-recovery-plan", new Bad("""
                {"goals": [{"area": "HOUSING"}]}
                """, "answers.goals[0].goal", "is required (required)"));

        GOOD.put("identifying-triggers", """
                {"completedOn": "2026-03-12",
                 "triggers": [
                   {"trigger": "My old neighborhood", "kind": "PLACES", "intensity": 8, "copingPlan": "Take another route"},
                   {"trigger": "Arguments with my mother", "kind": "PEOPLE", "intensity": 6},
                   {"trigger": "Feeling lonely at night", "kind": "FEELINGS", "intensity": 9}],
                 "strongestTrigger": "Feeling lonely at night"}
                """);
        BAD.put("identifying-triggers", new Bad("""
                {"triggers": [
                   {"trigger": "Payday", "kind": "EVENTS", "intensity": 5},
                   {"trigger": "Bars", "kind": "PLACES", "intensity": 7},
                   {"trigger": "Old friends", "kind": "PEOPLE", "intensity": 11}]}
                """, "answers.triggers[2].intensity", "must be at most 10 (maximum)"));

        GOOD.put("coping-with-trauma", """
                {"reactions": ["TROUBLE_SLEEPING", "FEELING_ON_EDGE"],
                 "groundingTechniques": ["Name five things I can see", "Cold water on my face"],
                 "safePeople": ["My PSS"], "safePlaces": ["The library"],
                 "copingPlan": [{"whenIFeel": "On edge in crowds", "iWill": "Step outside and breathe for two minutes"}],
                 "wantsSpecialistReferral": true}
                """);
        BAD.put("coping-with-trauma", new Bad("""
                {"copingPlan": [{"whenIFeel": "Scared", "iWill": "Call my PSS"}], "whatHappened": "..."}
                """, "answers.whatHappened", "is not a field of this form (additionalProperties)"));
    }

    static Map<String, Object> answers(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private ExerciseSamples() {
    }
}
