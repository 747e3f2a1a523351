package org.missioncj.peer.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.missioncj.peer.api.dto.GroupMember;
import org.missioncj.peer.api.dto.PeerGroup;

/** One group's memberships and agreements as they stand, read once for a request. */
final class Roster {
    final PeerGroup group;
    final List<PeerMapper.MemberRow> members;
    final List<PeerMapper.AssentRow> assents;
    private Map<String, String> teamOf;
    private final PeerMapper mapper;

    private Roster(PeerMapper m, PeerGroup group) {
        this.mapper = m;
        this.group = group;
        this.members = m.members(group.id);
        this.assents = m.assents(group.id);
    }

    static Roster of(PeerMapper m, PeerGroup group) {
        return new Roster(m, group);
    }

    /** Each member's team (the open enrollment's, else the latest's), read when first asked. */
    Map<String, String> teamOf() {
        if (teamOf == null) {
            teamOf = RosterAccess.teams(mapper.enrollmentsOfMembers(group.id));
        }
        return teamOf;
    }

    static boolean covers(GroupMember m, LocalDate day) {
        return !m.joinedOn.isAfter(day) && (m.leftOn == null || !m.leftOn.isBefore(day));
    }

    /** The participant's membership on the day, or null. */
    PeerMapper.MemberRow memberOn(String participantId, LocalDate day) {
        for (PeerMapper.MemberRow r : members) {
            if (r.participantId.equals(participantId) && covers(r, day)) {
                return r;
            }
        }
        return null;
    }

    /** The distinct participants who are members on the day. */
    Set<String> membersOn(LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        for (PeerMapper.MemberRow r : members) {
            if (covers(r, day)) {
                out.add(r.participantId);
            }
        }
        return out;
    }

    /** The participant's agreement to the version, made by the day; null when they have not agreed by then. */
    PeerMapper.AssentRow assent(String participantId, int version, LocalDate by) {
        for (PeerMapper.AssentRow a : assents) {
            if (a.version == version && a.participantId.equals(participantId) && !a.agreedOn.isAfter(by)) {
                return a;
            }
        }
        return null;
    }

    /** The participant's latest agreement (highest version), or null. */
    PeerMapper.AssentRow latestAssent(String participantId) {
        PeerMapper.AssentRow best = null;
        for (PeerMapper.AssentRow a : assents) {
            if (a.participantId.equals(participantId) && (best == null || a.version > best.version)) {
                best = a;
            }
        }
        return best;
    }

    /** The membership as the API shows it, today. */
    GroupMember toDto(PeerMapper.MemberRow r, LocalDate today) {
        GroupMember m = new GroupMember();
        m.id = r.id;
        m.groupId = r.groupId;
        m.participantId = r.participantId;
        m.joinedOn = r.joinedOn;
        m.leftOn = r.leftOn;
        m.leftReason = r.leftReason;
        m.current = covers(r, today);
        PeerMapper.AssentRow a = latestAssent(r.participantId);
        if (a != null) {
            m.agreedVersion = a.version;
            m.agreedOn = a.agreedOn;
        }
        m.createdAt = r.createdAt;
        m.createdBy = r.createdBy;
        return m;
    }

    /** Members today who have not agreed to the version in force (all of them before there is one). */
    int withoutAgreement(Integer version, LocalDate today) {
        int n = 0;
        for (String p : membersOn(today)) {
            if (version == null || assent(p, version, today) == null) {
                n++;
            }
        }
        return n;
    }

    /** The memberships the viewer may see, oldest first. */
    List<GroupMember> visibleTo(RosterAccess.Viewer viewer, LocalDate today) {
        List<GroupMember> out = new ArrayList<>();
        for (PeerMapper.MemberRow r : members) {
            if (viewer.sees(group, r.participantId, viewer.facilitates(group) ? Map.of() : teamOf())) {
                out.add(toDto(r, today));
            }
        }
        return out;
    }
}
