package org.missioncj.registry.api.dto;

/** The program role a staff member holds (the login's JAAS roles grant access; this is the job). */
public enum StaffRole {
    CASE_MANAGER, PEER_SPECIALIST, PEER_NAVIGATOR, CLINICAL_SUPERVISOR, PROGRAM_ADMIN, COURT_LIAISON
}
