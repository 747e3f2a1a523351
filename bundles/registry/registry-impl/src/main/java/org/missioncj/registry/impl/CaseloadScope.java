package org.missioncj.registry.impl;

import java.time.Instant;

/**
 * The participants an actor may see, as parameters of the SQL that filters lists
 * ({@link AccessMapper#IN_SCOPE}): all of them, those of the teams a staff member is on, those of a
 * site, the intake pool, and those the actor holds an open break-the-glass grant for.
 */
public final class CaseloadScope {
    /** Program admins: no filter. */
    public boolean all;
    /** The staff id of a Case Manager or Peer Support Specialist: participants of the teams they are on. */
    public String teamStaffId;
    /** The site of a Peer Navigator or Clinical Supervisor: participants of that site's teams. */
    public String site;
    /** Participants with no enrollment at all. */
    public boolean intake;
    /** The user name whose open grants count; null for none. */
    public String grantee;
    /** Grants that expire after this instant are open. */
    public Instant now;

    static CaseloadScope everything() {
        CaseloadScope s = new CaseloadScope();
        s.all = true;
        return s;
    }

    static CaseloadScope nothing() {
        return new CaseloadScope();
    }
}
