package org.missioncj.peer.api.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant's progress through the peer-led curriculum in their enrollment: the distinct sessions of
 * the catalog in use they attended (ATTENDED or PARTLY), individually or in a group, of all its sessions
 * that are not retired; the next one to suggest; the days since the last attended.
 */
public class PeerProgress {
    public String participantId;
    public String enrollmentId;
    public String teamId;
    /** Distinct sessions of the current catalog attended. */
    public int done;
    /** The current catalog's sessions (11 in the manual). */
    public int of;
    /** Individual sessions and group meetings attended (each occasion counted). */
    public int individualAttended;
    public int groupAttended;
    /** The catalog sessions done, in manual order. */
    public List<String> doneSessionIds;
    /** The first session of the catalog, in manual order, not done yet; absent when all are. */
    public String nextSessionId;
    public Integer nextSessionNumber;
    public String nextSessionTitle;
    /** The last day a peer-led session was attended; absent when none was. */
    public LocalDate lastSessionOn;
    public Integer daysSinceLast;
    /** Today in the site's time zone. */
    public LocalDate today;
}
