package org.missioncj.adapter.api;

import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.Hearing;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** What host systems reported about participants: hearings, custody and court events. Audited reads. */
@ProviderType
public interface CourtCalendar {
    /** A participant's hearings, soonest first (cancelled ones too). */
    Page<Hearing> hearings(Actor actor, String participantId, PageRequest page);

    /** The upcoming (not cancelled, from now on) hearings of a team's participants, soonest first. */
    Page<Hearing> upcoming(Actor actor, String teamId, PageRequest page);

    /** A participant's bookings, releases, dispositions, sanctions and warrants, newest first. */
    Page<CourtEvent> events(Actor actor, String participantId, PageRequest page);
}
