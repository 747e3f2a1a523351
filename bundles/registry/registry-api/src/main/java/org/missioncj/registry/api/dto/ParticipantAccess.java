package org.missioncj.registry.api.dto;

/**
 * Why an actor may open a participant's record: the answer of
 * {@link org.missioncj.registry.api.CaseloadAccess#require}.
 */
public enum ParticipantAccess {
    /** A role the operation's rule leaves unscoped (a program admin): every participant. */
    ADMIN,
    /** The Case Manager or Peer Support Specialist of the team of the participant's current (or latest) enrollment. */
    TEAM,
    /** A Peer Navigator or Clinical Supervisor of that team's site. */
    SITE,
    /** The participant has no enrollment yet (intake, referral): open to all clinical staff. */
    INTAKE,
    /** An open break-the-glass grant of this actor for this participant; every access under it is flagged in the audit trail. */
    BREAK_GLASS
}
