package org.missioncj.cti.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.OverdueParticipant;
import org.missioncj.cti.api.dto.PhaseDistribution;
import org.osgi.annotation.versioning.ProviderType;

/** Contact schedules built from the site's CTI phase plan, and adherence to them. */
@ProviderType
public interface ScheduleService {
    /** The participant's plan and due contacts for their open enrollment. */
    ContactSchedule schedule(Actor actor, String participantId);

    /** The team's participants whose contact window ended without a contact, longest overdue first. */
    Page<OverdueParticipant> overdue(Actor actor, String teamId, PageRequest page);

    /** Active participants of a site per CTI phase today. */
    PhaseDistribution phases(Actor actor, String site);
}
