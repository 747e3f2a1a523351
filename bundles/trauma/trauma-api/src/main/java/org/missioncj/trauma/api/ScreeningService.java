package org.missioncj.trauma.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.trauma.api.dto.RescreenDue;
import org.missioncj.trauma.api.dto.Screen;
import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Screens offered to participants: completed (answered and scored with the instrument's version, once, for
 * good) or declined (recorded as declined, never as a score of 0). Every call is audited.
 */
@ProviderType
public interface ScreeningService {
    /**
     * Records a screen. 404 for an unknown instrument or version; 422 naming the item for an answer outside its
     * options, a required item left out or an item not asked; 422 for a day in the future. A SAFETY flag raises
     * an alert in the same transaction and posts {@link TraumaEvents#SAFETY_ALERT} as soon as it commits; a
     * positive TRAUMA screen schedules a rescreen and posts {@link TraumaEvents#TRAUMA_SCREEN_POSITIVE}.
     */
    Screen record(Actor actor, Screen input);

    Screen get(Actor actor, String id);

    /** The screen as a FHIR R4 QuestionnaireResponse (404-alike for a declined one: it has no answers). */
    ObjectNode questionnaireResponse(Actor actor, String id);

    /** A participant's screens, newest first. */
    Page<Screen> list(Actor actor, String participantId, PageRequest page);

    /** The team's participants on the caseload with a rescreen scheduled, the soonest due first. */
    Page<RescreenDue> rescreensDue(Actor actor, String teamId, PageRequest page);
}
