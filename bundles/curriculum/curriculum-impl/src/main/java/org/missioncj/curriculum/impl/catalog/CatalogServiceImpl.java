package org.missioncj.curriculum.impl.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.curriculum.api.CatalogAccess;
import org.missioncj.curriculum.api.CatalogEvents;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogEdition;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.CatalogSessionSearch;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.curriculum.impl.catalog.CatalogMapper.EditionRow;
import org.missioncj.curriculum.impl.catalog.CatalogMapper.SessionRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The session catalogs. Changes are audited (resources {@code catalog-edition}, {@code catalog-session});
 * reads are not, as for the registry's teams and staff: the catalog holds no participant data. A session's
 * wording is never overwritten: each rewording or retirement is a new row of {@code cur_session_version}.
 */
@Component(service = CatalogService.class)
public class CatalogServiceImpl implements CatalogService {
    /** Lower-case letters, digits, '-' and '.', 1 to 40, starting and ending with a letter or digit. */
    static final Pattern EDITION_CODE = Pattern.compile("^[a-z0-9](?:[a-z0-9.-]{0,38}[a-z0-9])?$");
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int REASON_MAX = 500;
    static final int NUMBER_MAX = 999;
    private static final String SESSION = "catalog-session";
    private static final String EDITION = "catalog-edition";

    private final ModuleSupport module;

    @Activate
    public CatalogServiceImpl(@Reference(target = CurriculumSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    // ---- editions -----------------------------------------------------------------------------------

    @Override
    public List<CatalogEdition> editions(Actor actor, Curriculum curriculum) {
        CatalogAccess.LIST_EDITIONS.requireRole(actor);
        Curriculum c = known(curriculum);
        return module.work(tx -> tx.mapper(CatalogMapper.class).editions(c).stream().map(CatalogRows::toDto)
                .collect(Collectors.toList()));
    }

    @Override
    public CatalogEdition edition(Actor actor, Curriculum curriculum, String code) {
        CatalogAccess.GET_EDITION.requireRole(actor);
        Curriculum c = known(curriculum);
        return module.work(tx -> {
            EditionRow e = code == null ? null : tx.mapper(CatalogMapper.class).edition(c, code);
            if (e == null) {
                throw new NotFoundException("The " + c + " catalog has no edition " + quoted(code) + "; GET "
                        + editionsPath(c) + " lists its editions.");
            }
            return CatalogRows.toDto(e);
        });
    }

    @Override
    public CatalogEdition addEdition(Actor actor, CatalogEdition input) {
        AuditEntry entry = module.entry(actor, "CREATE", EDITION);
        return module.audited(entry, tx -> {
            CatalogAccess.ADD_EDITION.requireRole(actor);
            Curriculum c = known(body(input).curriculum);
            new Validator().required("code", input.code)
                    .check(input.code == null || EDITION_CODE.matcher(input.code).matches(), "code",
                            "must be 1 to 40 lower-case letters, digits, '-' or '.', starting and ending with a letter or "
                                    + "digit (e.g. mission-cj-2e)")
                    .requiredText("title", input.title, TITLE_MAX)
                    .throwIfInvalid();
            entry.resource(editionId(c, input.code));
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            if (m.edition(c, input.code) != null) {
                throw new ConflictException("The " + c + " catalog has an edition " + input.code + " already.");
            }
            EditionRow source = null;
            if (input.basedOn != null) {
                source = m.edition(c, input.basedOn);
                if (source == null) {
                    throw new UnprocessableException("basedOn: the " + c + " catalog has no edition "
                            + quoted(input.basedOn) + " to start the new edition from; GET " + editionsPath(c)
                            + " lists its editions.");
                }
            }
            EditionRow row = new EditionRow();
            row.curriculum = c;
            row.code = input.code;
            row.title = input.title.trim();
            row.createdAt = module.now();
            row.createdBy = actor.username();
            m.insertEdition(row);
            if (source != null) {
                // the new edition's own sessions, worded as the source's are now: version 1 each
                for (SessionRow s : m.currentOf(c, source.code)) {
                    SessionRow copy = CatalogRows.copy(s);
                    copy.id = c.name().toLowerCase(Locale.ROOT) + "-" + row.code + "-" + String.format("%02d", s.number);
                    copy.edition = row.code;
                    copy.version = 1;
                    copy.updatedAt = row.createdAt;
                    copy.updatedBy = row.createdBy;
                    m.insertSession(copy);
                    m.recordVersion(copy.id);
                }
                entry.detail("based on " + source.code);
            }
            changed(tx, actor, c, row.code, CatalogEvents.CHANGE_EDITION_ADDED, null);
            return CatalogRows.toDto(m.edition(c, row.code));
        });
    }

    @Override
    public CatalogEdition useEdition(Actor actor, Curriculum curriculum, String code) {
        AuditEntry entry = module.entry(actor, "UPDATE", EDITION).detail("edition in use");
        return module.audited(entry, tx -> {
            CatalogAccess.USE_EDITION.requireRole(actor);
            Curriculum c = known(curriculum);
            new Validator().required("code", code).throwIfInvalid();
            entry.resource(editionId(c, code));
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            EditionRow e = m.edition(c, code);
            if (e == null) {
                throw new UnprocessableException("code: the " + c + " catalog has no edition " + quoted(code) + "; GET "
                        + editionsPath(c) + " lists its editions.");
            }
            if (e.inUse != 0) {
                return CatalogRows.toDto(e);
            }
            if (e.sessions == 0) {
                throw new ConflictException("Edition " + code + " of the " + c + " catalog has no session that is not "
                        + "retired; add its sessions before the program uses it.");
            }
            m.useEdition(c, code);
            changed(tx, actor, c, code, CatalogEvents.CHANGE_EDITION_IN_USE, null);
            return CatalogRows.toDto(m.edition(c, code));
        });
    }

    // ---- sessions -----------------------------------------------------------------------------------

    @Override
    public Page<CatalogSession> sessions(Actor actor, CatalogSessionSearch search, PageRequest page) {
        CatalogAccess.LIST_SESSIONS.requireRole(actor);
        CatalogSessionSearch q = search == null ? new CatalogSessionSearch() : search;
        Curriculum c = known(q.curriculum);
        return module.work(tx -> {
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            String edition = q.edition;
            if (edition == null) {
                edition = inUse(m, c);
            } else if (m.edition(c, edition) == null) {
                throw new NotFoundException("The " + c + " catalog has no edition " + quoted(edition) + "; GET "
                        + editionsPath(c) + " lists its editions.");
            }
            String e = edition;
            return Page.read(page, () -> m.countSessions(c, e, q.includeRetired),
                    () -> m.sessions(c, e, q.includeRetired, page.offset(), page.size())).map(CatalogRows::toDto);
        });
    }

    @Override
    public CatalogSession get(Actor actor, String id) {
        CatalogAccess.GET_SESSION.requireRole(actor);
        return module.work(tx -> CatalogRows.toDto(find(tx.mapper(CatalogMapper.class), id)));
    }

    @Override
    public CatalogSession get(Actor actor, String id, int version) {
        CatalogAccess.GET_SESSION.requireRole(actor);
        return module.work(tx -> {
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            SessionRow row = id == null ? null : m.version(id, version);
            if (row == null) {
                SessionRow current = find(m, id);
                throw new NotFoundException("Catalog session " + id + " has no version " + version + " (its versions are 1 to "
                        + current.version + ").");
            }
            return CatalogRows.toDto(row);
        });
    }

    @Override
    public List<CatalogSession> versions(Actor actor, String id) {
        CatalogAccess.LIST_VERSIONS.requireRole(actor);
        return module.work(tx -> {
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            find(m, id);
            return m.versions(id).stream().map(CatalogRows::toDto).collect(Collectors.toList());
        });
    }

    @Override
    public CatalogSession add(Actor actor, CatalogSession input) {
        AuditEntry entry = module.entry(actor, "CREATE", SESSION);
        return module.audited(entry, tx -> {
            CatalogAccess.ADD_SESSION.requireRole(actor);
            Curriculum c = known(body(input).curriculum);
            wording(input).throwIfInvalid();
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            String edition = input.edition;
            if (edition == null) {
                edition = inUse(m, c);
            } else if (m.edition(c, edition) == null) {
                throw new UnprocessableException("edition: the " + c + " catalog has no edition " + quoted(edition)
                        + "; GET " + editionsPath(c) + " lists its editions.");
            }
            // one change to an edition's numbering at a time: the number checked free stays free until commit
            m.lockEdition(c, edition);
            int number;
            if (input.number != null) {
                number = input.number;
                requireFree(m, c, edition, number, null);
            } else {
                Integer last = m.lastNumber(c, edition);
                number = last == null ? 1 : last + 1;
                if (number > NUMBER_MAX) {
                    throw new ConflictException("Edition " + edition + " of the " + c + " catalog has a session numbered "
                            + NUMBER_MAX + "; give the new session a free number.");
                }
            }
            SessionRow row = new SessionRow();
            row.id = c.name().toLowerCase(Locale.ROOT) + "-" + edition + "-local-"
                    + UUID.randomUUID().toString().substring(0, 8);
            row.curriculum = c;
            row.edition = edition;
            row.number = number;
            row.title = input.title.trim();
            row.summary = text(input.summary);
            row.localFlag = 1;
            row.retired = 0;
            row.version = 1;
            row.updatedAt = module.now();
            row.updatedBy = actor.username();
            m.insertSession(row);
            m.recordVersion(row.id);
            entry.resource(row.id).detail(editionId(c, edition) + " number " + number);
            changed(tx, actor, c, edition, CatalogEvents.CHANGE_SESSION_ADDED, row);
            return CatalogRows.toDto(row);
        });
    }

    @Override
    public CatalogSession reword(Actor actor, String id, long expectedVersion, CatalogSession input) {
        AuditEntry entry = module.entry(actor, "UPDATE", SESSION).resource(id);
        return module.audited(entry, tx -> {
            CatalogAccess.REWORD_SESSION.requireRole(actor);
            PreconditionRequiredException.requireVersion(expectedVersion);
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            SessionRow current = find(m, id);
            wording(body(input)).throwIfInvalid();
            if (current.retired != 0) {
                throw new ConflictException("Catalog session " + id + " is retired (" + current.retiredReason
                        + "); a retired session keeps its last wording. Add a new session instead.");
            }
            if (current.version != expectedVersion) {
                throw PreconditionFailedException.stale("Catalog session", id, expectedVersion, current.version);
            }
            SessionRow next = CatalogRows.copy(current);
            next.title = input.title.trim();
            next.summary = input.summary == null ? current.summary : text(input.summary);
            next.number = input.number == null ? current.number : input.number;
            if (next.title.equals(current.title) && Objects.equals(next.summary, current.summary)
                    && next.number == current.number) {
                entry.detail("unchanged");
                return CatalogRows.toDto(current);
            }
            if (next.number != current.number) {
                m.lockEdition(current.curriculum, current.edition);
                requireFree(m, current.curriculum, current.edition, next.number, id);
            }
            return changeTo(tx, actor, m, next, expectedVersion, CatalogEvents.CHANGE_SESSION_REWORDED, entry);
        });
    }

    @Override
    public CatalogSession retire(Actor actor, String id, long expectedVersion, String reason) {
        AuditEntry entry = module.entry(actor, "RETIRE", SESSION).resource(id);
        return module.audited(entry, tx -> {
            CatalogAccess.RETIRE_SESSION.requireRole(actor);
            PreconditionRequiredException.requireVersion(expectedVersion);
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            SessionRow current = find(m, id);
            new Validator().requiredText("reason", reason, REASON_MAX).throwIfInvalid();
            if (current.retired != 0) {
                throw new ConflictException("Catalog session " + id + " was retired already, in version "
                        + current.version + " (" + current.retiredReason + ").");
            }
            if (current.version != expectedVersion) {
                throw PreconditionFailedException.stale("Catalog session", id, expectedVersion, current.version);
            }
            SessionRow next = CatalogRows.copy(current);
            next.retired = 1;
            next.retiredReason = reason.trim();
            return changeTo(tx, actor, m, next, expectedVersion, CatalogEvents.CHANGE_SESSION_RETIRED, entry);
        });
    }

    @Override
    public List<CatalogSession> current(Actor actor, Curriculum curriculum) {
        Curriculum c = known(curriculum);
        return module.work(tx -> tx.mapper(CatalogMapper.class).current(c).stream().map(CatalogRows::toDto)
                .collect(Collectors.toList()));
    }

    @Override
    public CatalogSession deliverable(Actor actor, Curriculum curriculum, String id) {
        Curriculum c = known(curriculum);
        String catalogPath = "/curriculum/catalogs/" + c.name().toLowerCase(Locale.ROOT) + "/sessions";
        return module.work(tx -> {
            CatalogMapper m = tx.mapper(CatalogMapper.class);
            SessionRow row = id == null || id.length() > 100 ? null : m.session(id);
            if (row == null || row.curriculum != c) {
                throw new NotFoundException("catalogSessionId: there is no " + c + " catalog session " + quoted(id)
                        + (row == null ? "" : " (it is a " + row.curriculum + " session)") + "; GET " + catalogPath
                        + " lists them.");
            }
            CatalogSession s = CatalogRows.toDto(row);
            if (s.retired) {
                throw new UnprocessableException("catalogSessionId: " + c + " session " + s.number + " (" + s.id
                        + ") is retired and no longer delivered" + (s.retiredReason == null ? "" : ": " + s.retiredReason)
                        + "; record a session of the catalog in use.");
            }
            String inUse = m.editionInUse(c);
            if (!s.edition.equals(inUse)) {
                throw new UnprocessableException("catalogSessionId: " + s.id + " is of edition " + s.edition
                        + ", and the program uses edition " + inUse + " of the " + c + " manual; record a session of the "
                        + "edition in use (GET " + catalogPath + ").");
            }
            return s;
        });
    }

    // ---- the parts ----------------------------------------------------------------------------------

    /** Stores the session's next version (if the stored one is still the expected one) and its history row. */
    private CatalogSession changeTo(Tx tx, Actor actor, CatalogMapper m, SessionRow next, long expectedVersion,
            String change, AuditEntry entry) {
        next.updatedAt = module.now();
        next.updatedBy = actor.username();
        if (m.updateSession(next, expectedVersion) == 0) {
            SessionRow now = find(m, next.id);
            throw PreconditionFailedException.stale("Catalog session", next.id, expectedVersion, now.version);
        }
        m.recordVersion(next.id);
        SessionRow stored = m.session(next.id);
        entry.detail("version " + stored.version);
        changed(tx, actor, stored.curriculum, stored.edition, change, stored);
        return CatalogRows.toDto(stored);
    }

    /** 400 for a request without a body. */
    private static <T> T body(T input) {
        if (input == null) {
            new Validator().required("$", null).throwIfInvalid();
        }
        return input;
    }

    private static Validator wording(CatalogSession s) {
        return new Validator().requiredText("title", s.title, TITLE_MAX)
                .maxLength("summary", s.summary, SUMMARY_MAX)
                .check(s.number == null || (s.number >= 1 && s.number <= NUMBER_MAX), "number",
                        "must be between 1 and " + NUMBER_MAX);
    }

    /** 409 unless no session of the edition that is not retired (other than {@code self}) has the number. */
    private static void requireFree(CatalogMapper m, Curriculum c, String edition, int number, String self) {
        for (String holder : m.holdersOf(c, edition, number)) {
            if (!holder.equals(self)) {
                SessionRow h = m.session(holder);
                throw new ConflictException("Number " + number + " of edition " + edition + " of the " + c
                        + " catalog is session " + holder + " (" + h.title + "); choose a free number, or renumber or "
                        + "retire that session first.");
            }
        }
    }

    private static SessionRow find(CatalogMapper m, String id) {
        SessionRow row = id == null ? null : m.session(id);
        if (row == null) {
            throw new NotFoundException("There is no catalog session " + quoted(id) + "; GET /curriculum/catalogs/drt/"
                    + "sessions or /curriculum/catalogs/peer/sessions lists them.");
        }
        return row;
    }

    private static String inUse(CatalogMapper m, Curriculum c) {
        String code = m.editionInUse(c);
        if (code == null) {
            throw new NotFoundException("The " + c + " catalog has no edition in use; PUT " + editionsPath(c)
                    .replace("/editions", "/edition-in-use") + " chooses one.");
        }
        return code;
    }

    /** 404 for no curriculum (the REST layer passes null for a name it does not know). */
    private static Curriculum known(Curriculum c) {
        if (c == null) {
            throw new NotFoundException("There is no such curriculum: the catalogs are drt (Dual Recovery Therapy, "
                    + "/curriculum/catalogs/drt) and peer (peer-led sessions, /curriculum/catalogs/peer).");
        }
        return c;
    }

    private void changed(Tx tx, Actor actor, Curriculum c, String edition, String change, SessionRow session) {
        Map<String, Object> p = new HashMap<>();
        p.put(CatalogEvents.PROP_CURRICULUM, c.name());
        p.put(CatalogEvents.PROP_EDITION, edition);
        p.put(CatalogEvents.PROP_CHANGE, change);
        p.put(CatalogEvents.PROP_ACTOR, actor.username());
        if (session != null) {
            p.put(CatalogEvents.PROP_SESSION_ID, session.id);
            p.put(CatalogEvents.PROP_VERSION, session.version);
        }
        tx.post(CatalogEvents.CHANGED, p);
    }

    private static String text(String s) {
        return s == null || Validator.isBlank(s) ? null : s.trim();
    }

    private static String editionId(Curriculum c, String code) {
        return c.name().toLowerCase(Locale.ROOT) + "/" + code;
    }

    private static String editionsPath(Curriculum c) {
        return "/curriculum/catalogs/" + c.name().toLowerCase(Locale.ROOT) + "/editions";
    }

    /** A name the caller gave, shortened for a message. */
    private static String quoted(String s) {
        if (s == null) {
            return "(none)";
        }
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
