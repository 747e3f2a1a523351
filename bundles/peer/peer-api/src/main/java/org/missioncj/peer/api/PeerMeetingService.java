package org.missioncj.peer.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.peer.api.dto.GroupMeeting;
import org.osgi.annotation.versioning.ProviderType;

/** Meetings of peer groups and their attendance. Audited; attendance shown as the roster rule allows. */
@ProviderType
public interface PeerMeetingService {
    /** Records a meeting that took place, with its attendance (the first meeting writes the comfort agreement). */
    GroupMeeting record(Actor actor, String groupId, GroupMeeting input);

    /** The group's meetings, newest first. */
    Page<GroupMeeting> list(Actor actor, String groupId, PageRequest page);

    GroupMeeting get(Actor actor, String id);
}
