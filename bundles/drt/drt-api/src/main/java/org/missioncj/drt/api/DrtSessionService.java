package org.missioncj.drt.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.drt.api.dto.DrtSession;
import org.missioncj.drt.api.dto.WorkbookReview;
import org.osgi.annotation.versioning.ProviderType;

/** DRT sessions delivered to participants. Every call is audited; callers act only on their own team's participants. */
@ProviderType
public interface DrtSessionService {
    /**
     * Records a session against the participant's ENROLLED or ACTIVE enrollment, keeping the catalog version in
     * use. Case Managers and Clinical Supervisors only (403 for anyone else, whatever the body); 404 for a catalog
     * session that is not a DRT one; 422 for a retired one, a day in the future or before the enrollment started,
     * no open enrollment, or a caseManagerId that is not the team's (or the caller's own) Case Manager.
     */
    DrtSession record(Actor actor, DrtSession input);

    DrtSession get(Actor actor, String id);

    /** Sets whether the Peer Support Specialist reviewed the workbook exercise afterwards (If-Match: the version read). */
    DrtSession reviewWorkbook(Actor actor, String id, long expectedVersion, WorkbookReview review);

    /** A participant's sessions from all their enrollments, newest first. */
    Page<DrtSession> list(Actor actor, String participantId, PageRequest page);
}
