package org.missioncj.linkage.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.linkage.api.dto.Referral;
import org.missioncj.linkage.api.dto.ReferralFollowUp;
import org.missioncj.linkage.api.dto.ReferralStep;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Closed-loop referrals of participants to the directory's services: each step recorded with its day, each step due
 * by a day, and the team reminded of the late ones. Audited; a participant's referrals are their team's.
 */
@ProviderType
public interface ReferralService {
    /** 409 for a service that left the directory or is not active; 422 for a service the directory never had. */
    Referral create(Actor actor, Referral input);

    Referral get(Actor actor, String id);

    /** The participant's referrals, the latest first. */
    Page<Referral> list(Actor actor, String participantId, PageRequest page);

    /** Records the next step; 409 for a step that cannot follow the current one, 412 for a stale version. */
    Referral move(Actor actor, String id, long expectedVersion, ReferralStep step);

    /** The team's referrals whose current step is late today, the longest overdue first. */
    Page<ReferralFollowUp> followUps(Actor actor, String teamId, PageRequest page);
}
