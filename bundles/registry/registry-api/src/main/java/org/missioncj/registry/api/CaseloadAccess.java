package org.missioncj.registry.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.registry.api.dto.BreakGlassAccess;
import org.missioncj.registry.api.dto.BreakGlassSearch;
import org.missioncj.registry.api.dto.ParticipantAccess;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who may see which participants, for every module. A participant belongs to the team of their open
 * enrollment, or, when none is open, of their latest one. Its Case Manager and Peer Support
 * Specialist see them; Peer Navigators and Clinical Supervisors of the team's site; Program Admins
 * everyone. A participant with no enrollment yet (intake) is open to all clinical staff. Anyone
 * else on the clinical staff must break the glass: state a reason, which opens the record to them
 * for a while and flags each access in the audit trail. Staff are matched to sign-ins by user name
 * ({@link StaffService#findByUsername}); an inactive staff record grants nothing beyond the admin role.
 * Court liaisons and integrations never get participant records here.
 */
@ProviderType
public interface CaseloadAccess {
    /**
     * The reason the actor may act on the participant. Checks the role first (403 for non-clinical
     * roles, without revealing whether the participant exists), then the actor's scope: 403 with a
     * hint to break the glass, the same for a participant outside it and one that does not exist
     * (a program admin, whose scope is everyone, gets 404 for an unknown participant).
     *
     * @param action what the actor is doing, for the message, e.g. "read this participant"
     */
    ParticipantAccess requireParticipant(Actor actor, String participantId, String action);

    /**
     * As {@link #requireParticipant(Actor, String, String)}, and when the access is
     * {@link ParticipantAccess#BREAK_GLASS} flags the audit entry of the work: its detail then starts
     * with {@code break-the-glass: <reason>}.
     */
    ParticipantAccess requireParticipant(Actor actor, String participantId, String action, AuditEntry entry);

    /**
     * The refusal for a record (participant, enrollment, consent...) asked for by id that does not
     * exist: for a program admin a 404; for anyone else the same 403 as a record outside their scope,
     * so that guessing ids reveals nothing. Every module answers a missing record with this.
     *
     * @param what the kind of record, e.g. "consent"
     */
    RuntimeException unknown(Actor actor, String what, String id, String action);

    /**
     * For a record found by its id (an enrollment, a consent, a contact): {@link #requireParticipant}
     * for its participant, but a refusal names the record as {@link #unknown} would, so that a record
     * outside the caller's scope and one that does not exist answer alike.
     */
    ParticipantAccess requireRecord(Actor actor, String what, String recordId, String participantId, String action,
            AuditEntry entry);

    /** Members of the team, Peer Navigators and Clinical Supervisors of its site, admins; 404 for an unknown team. */
    void requireTeam(Actor actor, String teamId, String action);

    /** Peer Navigators and Clinical Supervisors of the site, admins. */
    void requireSite(Actor actor, String site, String action);

    /** Whether {@link #requireParticipant} would let the actor in; neither throws nor audits. */
    boolean mayAccess(Actor actor, String participantId);

    /**
     * Opens the participant's record to the actor for the configured time (PID
     * {@code org.missioncj.registry.access}, {@code breakGlassMinutes}). Clinical staff only; the
     * reason is required ({@value BreakGlassAccess#MIN_REASON} to {@value BreakGlassAccess#MAX_REASON}
     * characters). Audited as BREAK_THE_GLASS with the reason.
     */
    BreakGlassAccess breakGlass(Actor actor, String participantId, String reason);

    /** The grants, newest first, for their review: Clinical Supervisors and Program Admins; audited. */
    Page<BreakGlassAccess> breakGlassAccesses(Actor actor, BreakGlassSearch search, PageRequest page);
}
