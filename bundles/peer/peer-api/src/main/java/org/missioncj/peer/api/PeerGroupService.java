package org.missioncj.peer.api;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.peer.api.dto.Assent;
import org.missioncj.peer.api.dto.ComfortAgreement;
import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.Leaving;
import org.missioncj.peer.api.dto.PeerGroup;
import org.missioncj.peer.api.dto.PeerGroupSearch;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Peer groups, their rosters and comfort agreements. Writes are for the group's facilitator and the Peer
 * Navigators of its site; reads show the roster as {@link org.missioncj.peer.api.dto.RosterView} says. Every
 * call is audited, every roster read with one READ entry per participant shown.
 */
@ProviderType
public interface PeerGroupService {
    PeerGroup create(Actor actor, PeerGroup input);

    PeerGroup get(Actor actor, String id);

    /** Changes name, place, schedule or facilitator, if {@code expectedVersion} is still current. */
    PeerGroup update(Actor actor, String id, long expectedVersion, PeerGroup input);

    /** Groups of a site or a facilitator, by name, with their counts (never a roster). */
    Page<PeerGroup> list(Actor actor, PeerGroupSearch search, PageRequest page);

    /** A participant joins the group (again, after leaving, as a new membership). */
    GroupMember join(Actor actor, String groupId, GroupMember input);

    /** The member leaves: their membership ends on {@code leftOn}. */
    GroupMember leave(Actor actor, String membershipId, Leaving input);

    /** The group writes its comfort agreement, or a new version of it. */
    ComfortAgreement writeAgreement(Actor actor, String groupId, ComfortAgreement input);

    /** Every version of the group's comfort agreement, oldest first. */
    List<ComfortAgreement> agreements(Actor actor, String groupId);

    /** A member agrees to the comfort agreement in force (one written after they joined, or while away). */
    GroupMember agree(Actor actor, String groupId, Assent input);
}
