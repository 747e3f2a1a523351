package org.missioncj.trauma.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.trauma.api.dto.Acknowledgement;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Safety alerts raised by a screen's flags (PHQ-9 item 9, or a flag of a site's instrument). An alert stays
 * OPEN on the team's and the site's lists until a clinician acknowledges it with the action taken. Audited.
 */
@ProviderType
public interface AlertService {
    Alert get(Actor actor, String id);

    /** Acknowledges an OPEN alert (If-Match: the version read); 409 once acknowledged. */
    Alert acknowledge(Actor actor, String id, long expectedVersion, Acknowledgement acknowledgement);

    /**
     * The alerts of the team's participants (those whose latest enrollment is the team's: its caseload, and those it
     * discharged last, whose open alerts stay until acknowledged); OPEN ones when status is null; the oldest first.
     */
    Page<Alert> team(Actor actor, String teamId, AlertStatus status, PageRequest page);

    /** The same for every team of the site. */
    Page<Alert> site(Actor actor, String site, AlertStatus status, PageRequest page);
}
