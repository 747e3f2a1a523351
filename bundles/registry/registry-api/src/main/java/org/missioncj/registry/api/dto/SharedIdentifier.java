package org.missioncj.registry.api.dto;

import java.util.List;

/**
 * An identifier (a jail booking, a docket number) that more than one participant holds: most likely one
 * person entered twice, for someone who may open both records to review. A case manager who types a
 * number another team's participant holds is not told so; the identifier is stored and listed here.
 */
public class SharedIdentifier {
    public String system;
    public String value;
    public List<String> participantIds;
}
