package org.missioncj.linkage.impl.hsds;

import java.util.Arrays;
import java.util.Optional;

/**
 * The terms of the "MISSION service kinds" taxonomy. The platform finds services by kind through
 * {@code attribute} records that link a service to one of these terms, so the codes and term ids
 * are fixed here rather than looked up by name, which a directory editor might change.
 */
public enum MissionServiceKind {
    HOUSING("housing", "Housing", "Shelter, recovery housing, rapid rehousing and help keeping a home."),
    MENTAL_HEALTH("mental-health", "Mental health", "Counseling, psychiatric care and crisis support."),
    SUBSTANCE_USE_TREATMENT("substance-use-treatment", "Substance use treatment",
            "Outpatient, intensive outpatient, residential and medication treatment for substance use."),
    TRAUMA_SPECIALIZED_CARE("trauma-specialized-care", "Trauma-specialized care",
            "Care delivered by staff trained in trauma-focused approaches."),
    PEER_RECOVERY_SUPPORT("peer-recovery-support", "Peer recovery support",
            "Coaching and mentoring by people with lived experience of recovery."),
    EMPLOYMENT("employment", "Employment", "Job readiness, placement and retention support."),
    EDUCATION("education", "Education", "Adult education, high school equivalency and vocational training."),
    LEGAL_AID("legal-aid", "Legal aid", "Free or low-cost legal advice and representation."),
    BENEFITS("benefits", "Benefits", "Help applying for public benefits and health coverage."),
    FOOD("food", "Food", "Food pantries, meals and nutrition assistance."),
    MEDICAL_CARE("medical-care", "Medical care", "Primary care, clinics and health screening."),
    TRANSPORTATION("transportation", "Transportation", "Rides and transit passes to appointments and court."),
    FAMILY_SUPPORT("family-support", "Family support", "Parenting support, family therapy and reunification."),
    NALOXONE_DISTRIBUTION("naloxone-distribution", "Naloxone distribution",
            "Free naloxone and training in reversing an opioid overdose.");

    /** Prefix of the term ids, so they cannot collide with ids of other taxonomies. */
    public static final String TERM_ID_PREFIX = "mission-kind-";

    private final String code;
    private final String termName;
    private final String description;

    MissionServiceKind(String code, String termName, String description) {
        this.code = code;
        this.termName = termName;
        this.description = description;
    }

    /** The {@code taxonomy_term.code}, e.g. {@code peer-recovery-support}. */
    public String code() {
        return code;
    }

    /** The {@code taxonomy_term.id}, e.g. {@code mission-kind-peer-recovery-support}. */
    public String termId() {
        return TERM_ID_PREFIX + code;
    }

    /** The {@code taxonomy_term.name} shown to people, e.g. {@code Peer recovery support}. */
    public String termName() {
        return termName;
    }

    /** The {@code taxonomy_term.description}. */
    public String description() {
        return description;
    }

    /** The kind with that term code, if it is one. */
    public static Optional<MissionServiceKind> forCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
