package org.missioncj.housing.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.housing.api.dto.Application;
import org.missioncj.housing.api.dto.HousingContact;
import org.missioncj.housing.api.dto.Landlord;
import org.missioncj.housing.api.dto.LandlordConflict;
import org.missioncj.housing.api.dto.Placement;
import org.missioncj.housing.api.dto.TeamParticipant;
import org.missioncj.housing.api.dto.Unit;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Search and placement: the site's landlords and units, a participant's applications, move-ins, landlord conflicts
 * and housing contacts, and the team's view. Nothing here may require sobriety, treatment or a test. Audited.
 */
@ProviderType
public interface PlacementService {
    Page<Landlord> landlords(Actor actor, String site, PageRequest page);

    Landlord landlord(Actor actor, String id);

    /** Creates (no id) or updates (If-Match) a landlord. */
    Landlord saveLandlord(Actor actor, String id, long expectedVersion, Landlord landlord);

    /** The site's units; only available ones when {@code availableOnly}. */
    Page<Unit> units(Actor actor, String site, boolean availableOnly, PageRequest page);

    /** 404 for a unit that does not exist. */
    Unit unit(Actor actor, String id);

    Unit saveUnit(Actor actor, String id, long expectedVersion, Unit unit);

    Page<Application> applications(Actor actor, String participantId, PageRequest page);

    /**
     * Records (no id) or updates the outcome of (If-Match) an application; 404 for an unknown unit. On update
     * {@code participantId} may be null (the path names the application alone).
     */
    Application saveApplication(Actor actor, String participantId, String id, long expectedVersion, Application application);

    Page<Placement> placements(Actor actor, String participantId, PageRequest page);

    Placement placement(Actor actor, String id);

    /**
     * Records a move-in (no id: it also starts the housing status of the unit's kind on the move-in day, as a move)
     * or updates rent and end (If-Match; {@code participantId} may then be null).
     */
    Placement savePlacement(Actor actor, String participantId, String id, long expectedVersion, Placement placement);

    Page<LandlordConflict> conflicts(Actor actor, String placementId, PageRequest page);

    /** Records (no id) or resolves (If-Match; {@code placementId} may then be null) a landlord conflict over a placement. */
    LandlordConflict saveConflict(Actor actor, String placementId, String id, long expectedVersion,
            LandlordConflict conflict);

    Page<HousingContact> contacts(Actor actor, String participantId, PageRequest page);

    /** Logs a contact; posts {@code SupportContacts.LOGGED} for CTI. The caller needs a staff record. */
    HousingContact logContact(Actor actor, String participantId, HousingContact contact);

    /** The team's participants homeless tonight. */
    Page<TeamParticipant> homeless(Actor actor, String teamId, PageRequest page);

    /** The team's open placements at risk: a conflict not resolved, or rent unpaid. */
    Page<TeamParticipant> atRisk(Actor actor, String teamId, PageRequest page);
}
