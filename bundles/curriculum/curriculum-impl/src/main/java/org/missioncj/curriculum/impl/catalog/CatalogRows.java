package org.missioncj.curriculum.impl.catalog;

import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.impl.catalog.CatalogMapper.EditionRow;
import org.missioncj.curriculum.impl.catalog.CatalogMapper.SessionRow;

/** The catalog's rows (0/1 flags) as the API shows them, in one place. */
final class CatalogRows {
    private CatalogRows() {
    }

    static CatalogEdition toDto(EditionRow r) {
        CatalogEdition e = new CatalogEdition();
        e.curriculum = r.curriculum;
        e.code = r.code;
        e.title = r.title;
        e.inUse = r.inUse != 0;
        e.sessions = r.sessions;
        e.createdAt = r.createdAt;
        e.createdBy = r.createdBy;
        return e;
    }

    static CatalogSession toDto(SessionRow r) {
        CatalogSession s = new CatalogSession();
        s.id = r.id;
        s.curriculum = r.curriculum;
        s.edition = r.edition;
        s.number = r.number;
        s.title = r.title;
        s.summary = r.summary;
        s.local = r.localFlag != 0;
        s.retired = r.retired != 0;
        s.retiredReason = r.retiredReason;
        s.version = r.version;
        s.updatedAt = r.updatedAt;
        s.updatedBy = r.updatedBy;
        return s;
    }

    static SessionRow copy(SessionRow from) {
        SessionRow r = new SessionRow();
        r.id = from.id;
        r.curriculum = from.curriculum;
        r.edition = from.edition;
        r.number = from.number;
        r.title = from.title;
        r.summary = from.summary;
        r.localFlag = from.localFlag;
        r.retired = from.retired;
        r.retiredReason = from.retiredReason;
        r.version = from.version;
        r.updatedAt = from.updatedAt;
        r.updatedBy = from.updatedBy;
        return r;
    }
}
