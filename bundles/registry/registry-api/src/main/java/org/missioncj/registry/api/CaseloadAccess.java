package org.missioncj.registry.api;

import java.util.function.Function;

import org.missioncj.core.api.AccessRule;
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
     * One check of an operation's rule for a participant: the role first (403 for a role the rule does
     * not name, without revealing whether the participant exists), then that a participant is named (400
     * {@code participantId: is required}), then the caller's scope: 403 with a
     * hint to break the glass, the same for a participant outside it and one that does not exist. For
     * a role the rule leaves unscoped (a program admin) an unknown participant is 404. When the access
     * is {@link ParticipantAccess#BREAK_GLASS} the audit entry is flagged: its detail then starts with
     * {@code break-the-glass: <reason>}.
     */
    ParticipantAccess require(Actor actor, AccessRule rule, String participantId, AuditEntry entry);

    /**
     * For a record found by its id (an enrollment, a consent, a contact): {@link #require} for its
     * participant, but a refusal names the record as {@link #unknown} would, so that a record outside
     * the caller's scope and one that does not exist answer alike.
     *
     * @param what the kind of record, e.g. "consent"
     */
    ParticipantAccess requireRecord(Actor actor, AccessRule rule, String what, String recordId, String participantId,
            AuditEntry entry);

    /**
     * The refusal for a record asked for by id that does not exist: for a role the rule leaves unscoped a
     * 404; for anyone else the same 403 as a record outside their scope, so that guessing ids reveals
     * nothing. Every module answers a missing record with this.
     */
    RuntimeException unknown(Actor actor, AccessRule rule, String what, String id);

    /**
     * A record read by its id, in one call: the rule's roles, then the record ({@code lookup}, never asked
     * for an id longer than 64 characters), then its participant's scope, each refusal as
     * {@link #unknown} and {@link #requireRecord} give it; the entry is given the participant. Returns the
     * record.
     *
     * @param what the kind of record, e.g. "contact"
     */
    default <R> R requireFound(Actor actor, AccessRule rule, String what, String id, Function<String, R> lookup,
            Function<R, String> participantOf, AuditEntry entry) {
        rule.requireRole(actor);
        R record = id == null || id.length() > 64 ? null : lookup.apply(id);
        if (record == null) {
            throw unknown(actor, rule, what, id);
        }
        String participantId = participantOf.apply(record);
        if (entry != null) {
            entry.participant(participantId);
        }
        requireRecord(actor, rule, what, id, participantId, entry);
        return record;
    }

    /** The rule's roles, then: members of the team, Peer Navigators and Clinical Supervisors of its site; 404 for an unknown team. */
    void requireTeam(Actor actor, AccessRule rule, String teamId);

    /** The rule's roles, then: Peer Navigators and Clinical Supervisors of the site. */
    void requireSite(Actor actor, AccessRule rule, String site);

    /**
     * Whether the actor's own caseload includes the participant (as {@link #require} judges it, but an open
     * break-the-glass grant does not count); neither throws nor audits. Core's audit search asks it.
     */
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
