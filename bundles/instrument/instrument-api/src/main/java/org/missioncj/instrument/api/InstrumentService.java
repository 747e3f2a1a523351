package org.missioncj.instrument.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.instrument.api.dto.Instrument;
import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The instruments a site uses: the shipped ones ({@link ShippedInstruments}) and those it loaded. Each stored
 * version is kept as it was loaded, for good; loading an id again stores the next version. Audited.
 */
@ProviderType
public interface InstrumentService {
    /** The latest version of each instrument, by id. */
    Page<Instrument> list(Actor actor, PageRequest page);

    /** One version, the latest when {@code version} is null; 404 for an unknown id or version. */
    Instrument get(Actor actor, String id, Integer version);

    /** Checks and stores a definition as the instrument's next version (1 for a new id); 422 naming what is wrong. */
    Instrument load(Actor actor, Instrument definition);

    /** One version as a FHIR R4 Questionnaire. */
    ObjectNode questionnaire(Actor actor, String id, Integer version);

    /** {@link #load} from a FHIR R4 Questionnaire (with the scoring extension {@link FhirQuestionnaires} writes). */
    Instrument importQuestionnaire(Actor actor, JsonNode questionnaire);
}
