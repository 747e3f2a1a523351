package org.missioncj.adapter.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * The runtime's staff operations, one rule each ({@link InboundAccess} has the adapters' own). Staff
 * read and resolve messages.
 */
public final class AdapterAccess {
    /**
     * A message not yet matched belongs to no caseload or site, and may name anyone: program admins
     * review the inbox and the outbox.
     */
    private static final Set<Role> REVIEWERS = Set.of(Role.PROGRAM_ADMIN);
    private static final Set<Role> ADMINS = REVIEWERS;

    public static final AccessRule LIST_INBOX = AccessRule.of("listInbox", "read the inbox", ANY, REVIEWERS);
    public static final AccessRule GET_INBOX_ENTRY = AccessRule.of("getInboxEntry", "read this inbound message", ANY,
            REVIEWERS);
    /** Only reviewers, who are unscoped: the participant linked to must exist, whoever's caseload it is on. */
    public static final AccessRule LINK_INBOX_ENTRY = AccessRule.of("linkInboxEntry",
            "link inbound messages to participants", ANY, REVIEWERS);
    public static final AccessRule DISMISS_INBOX_ENTRY = AccessRule.of("dismissInboxEntry", "dismiss this inbound message",
            ANY, REVIEWERS);
    public static final AccessRule SEND_MESSAGE = AccessRule.of("sendOutboundMessage",
            "send messages about this participant to a host system", TEAM, Role.CLINICAL_STAFF);
    public static final AccessRule LIST_OUTBOX = AccessRule.of("listOutbox", "read the outbox", ANY, ADMINS);
    public static final AccessRule GET_OUTBOX_MESSAGE = AccessRule.of("getOutboundMessage", "read this outbound message",
            ANY, ADMINS);
    public static final AccessRule REPLAY_MESSAGE = AccessRule.of("replayOutboundMessage", "replay this outbound message",
            ANY, ADMINS);
    public static final AccessRule LIST_HEARINGS = AccessRule.of("listParticipantHearings",
            "read this participant's hearings", TEAM, Role.CLINICAL_STAFF);
    public static final AccessRule LIST_TEAM_HEARINGS = AccessRule.of("listTeamHearings",
            "read this team's upcoming hearings", TEAM, Role.CLINICAL_STAFF);
    public static final AccessRule LIST_COURT_EVENTS = AccessRule.of("listParticipantCourtEvents",
            "read this participant's custody and court events", TEAM, Role.CLINICAL_STAFF);

    private AdapterAccess() {
    }
}
