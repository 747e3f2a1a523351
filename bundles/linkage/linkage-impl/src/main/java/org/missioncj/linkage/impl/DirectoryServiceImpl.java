package org.missioncj.linkage.impl;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.linkage.api.DirectoryService;
import org.missioncj.linkage.api.LinkageAccess;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.HsdsPage;
import org.missioncj.linkage.api.dto.ServiceSearch;
import org.missioncj.linkage.api.dto.ServiceSummary;
import org.missioncj.linkage.impl.hsds.HsdsCsv;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsFormatException;
import org.missioncj.linkage.impl.hsds.HsdsJson;
import org.missioncj.linkage.impl.hsds.HsdsProblem;
import org.missioncj.linkage.impl.hsds.HsdsTable;
import org.missioncj.linkage.impl.hsds.HsdsValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service directory: an import is read and checked whole before the database is touched, then written in one
 * transaction with JDBC batches ({@link DirectoryWriter}); a search reads the tables built from the records. The
 * directory is the program's, not a participant's, so reads are not audited per record; imports and exports are.
 */
@Component(service = DirectoryService.class)
public class DirectoryServiceImpl implements DirectoryService {
    static final String RESOURCE = "service-directory";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;
    /** At most this many search words. */
    static final int MAX_WORDS = 8;
    /** Problems listed in a refusal (the count says how many there were). */
    static final int MAX_LISTED = 100;

    /** Imports on this server, one at a time. */
    private static final Semaphore IMPORTING = new Semaphore(1);

    private final ModuleSupport module;

    @Activate
    public DirectoryServiceImpl(@Reference(target = LinkageSettings.MODULE) ModuleSupport module) {
        this.module = module;
    }

    @Override
    public DirectoryImport importDirectory(Actor actor, DirectoryFormat format, InputStream file) {
        AuditEntry entry = module.entry(actor, "IMPORT", RESOURCE).detail(String.valueOf(format));
        try {
            LinkageAccess.IMPORT_DIRECTORY.requireRole(actor);
            if (!IMPORTING.tryAcquire()) {
                // one file in memory at a time: two large ones at once could exhaust the heap
                throw new ConflictException("Another directory import is running on this server; try again when it "
                        + "has ended.");
            }
        } catch (MissionException refused) {
            return module.audited(entry, tx -> {
                throw refused;
            });
        }
        try {
            return importAlone(actor, format, file, entry);
        } finally {
            IMPORTING.release();
        }
    }

    private DirectoryImport importAlone(Actor actor, DirectoryFormat format, InputStream file, AuditEntry entry) {
        DirectoryWriter.Prepared prepared;
        try {
            if (format == null) {
                throw new ValidationException("format", "must be JSON or CSV");
            }
            HsdsDataset dataset = read(format, file);
            List<HsdsProblem> problems = new ArrayList<>(HsdsValidator.validate(dataset));
            if (dataset.records(HsdsTable.SERVICE).isEmpty()) {
                // an import replaces the whole directory: an empty file would retire every service
                problems.add(new HsdsProblem(HsdsTable.SERVICE.hsdsName(), null, 0, null, "the file has no services; "
                        + "an import replaces the whole directory, so a file without services is refused"));
            }
            prepared = DirectoryWriter.prepare(dataset, problems);
            if (!problems.isEmpty()) {
                throw refused(problems.size(), problems);
            }
        } catch (MissionException refused) {
            // recorded as refused, with nothing written
            return module.audited(entry, tx -> {
                throw refused;
            });
        }
        Instant now = module.now();
        return module.audited(entry, tx -> {
            DirectoryImport result = new DirectoryWriter(tx, now).write(prepared, actor.username());
            result.format = format;
            result.importedAt = now;
            result.importedBy = actor.username();
            entry.detail(format + (result.changed ? " changed: " : " unchanged: ") + prepared.size() + " records");
            return result;
        });
    }

    private static HsdsDataset read(DirectoryFormat format, InputStream file) {
        if (file == null) {
            throw new ValidationException("$", "the directory file is required");
        }
        try {
            return format == DirectoryFormat.CSV ? HsdsCsv.read(file) : HsdsJson.read(file);
        } catch (HsdsFormatException e) {
            throw refused(e.totalProblems(), e.problems());
        }
    }

    /** A 422 naming each record and its reason (the first {@value #MAX_LISTED}). */
    static UnprocessableException refused(int total, List<HsdsProblem> problems) {
        List<FieldError> errors = new ArrayList<>();
        for (HsdsProblem p : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
            errors.add(new FieldError(where(p), p.reason()));
        }
        return new UnprocessableException("The directory file was refused whole and nothing was imported: " + total
                + " problem" + (total == 1 ? "" : "s") + (total > errors.size() ? " (the first " + errors.size()
                + " listed)" : "") + ". " + problems.get(0), errors);
    }

    /** {@code service[12](svc-1).organization_id}: the table, row, record id and field of a problem. */
    private static String where(HsdsProblem p) {
        StringBuilder s = new StringBuilder(p.table() == null ? "$" : p.table());
        if (p.row() > 0) {
            s.append('[').append(p.row()).append(']');
        }
        if (p.recordId() != null) {
            s.append('(').append(p.recordId()).append(')');
        }
        if (p.field() != null) {
            s.append('.').append(p.field());
        }
        return s.toString();
    }

    @Override
    public void exportDirectory(Actor actor, DirectoryFormat format, OutputStream out) {
        AuditEntry entry = module.entry(actor, "EXPORT", RESOURCE).detail(String.valueOf(format));
        try {
            LinkageAccess.EXPORT_DIRECTORY.requireRole(actor);
            // read while no import writes (a file of one moment, which imports back unchanged), and one at a time
            if (!IMPORTING.tryAcquire()) {
                throw new ConflictException("A directory import or export is running on this server; try again when "
                        + "it has ended.");
            }
        } catch (MissionException refused) {
            module.audited(entry, tx -> {
                throw refused;
            });
            return;
        }
        try {
            exportAlone(actor, format, out, entry);
        } finally {
            IMPORTING.release();
        }
    }

    private void exportAlone(Actor actor, DirectoryFormat format, OutputStream out, AuditEntry entry) {
        HsdsDataset dataset = module.audited(entry, tx -> {
            LinkageAccess.EXPORT_DIRECTORY.requireRole(actor);
            if (format == null) {
                throw new ValidationException("format", "must be JSON or CSV");
            }
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            HsdsDataset d = new HsdsDataset();
            for (HsdsTable t : HsdsTable.values()) {
                for (LinkageMapper.RecordRow r : m.offeredRecords(t.hsdsName())) {
                    d.add(t, DirectoryWriter.fields(r.content));
                }
            }
            entry.detail(format + ": " + d.size() + " records");
            return d;
        });
        if (format == DirectoryFormat.CSV) {
            HsdsCsv.write(dataset, out);
        } else {
            HsdsJson.write(dataset, out);
        }
    }

    @Override
    public HsdsPage<ServiceSummary> searchServices(Actor actor, ServiceSearch search, int pageNumber, int perPage) {
        LinkageAccess.SEARCH_SERVICES.requireRole(actor);
        ServiceSearch q = search == null ? new ServiceSearch() : search;
        List<Words.Range> words = Words.ranges(q.text);
        String area = Words.fold(q.area);
        new org.missioncj.core.api.Validator()
                .check(pageNumber >= 1, "page", "must be 1 or more (pages are numbered from 1)")
                .check(perPage >= 1 && perPage <= MAX_PER_PAGE, "per_page", "must be between 1 and " + MAX_PER_PAGE)
                .check(words.size() <= MAX_WORDS, "text", "must have at most " + MAX_WORDS + " words")
                .maxLength("kind", q.kind, 255)
                .maxLength("organization_id", q.organizationId, 64)
                .throwIfInvalid();
        q.kind = q.kind == null || q.kind.isBlank() ? null : q.kind.trim();
        String areaKey = area.isEmpty() ? null : Words.cut(area, Words.MAX_KEY);
        return module.work(tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            long total = m.countServices(q, words, areaKey);
            long offset = (long) (pageNumber - 1) * perPage;
            List<ServiceSummary> items = offset >= total ? new ArrayList<>()
                    : summaries(m.services(q, words, areaKey, offset, perPage));
            addKinds(m, items);
            return HsdsPage.of(items, total, pageNumber, perPage);
        });
    }

    private static List<ServiceSummary> summaries(List<LinkageMapper.ServiceRow> rows) {
        List<ServiceSummary> out = new ArrayList<>(rows.size());
        for (LinkageMapper.ServiceRow r : rows) {
            ServiceSummary s = new ServiceSummary();
            s.id = r.id;
            s.name = r.name;
            s.organization_id = r.organizationId;
            s.organization_name = r.organizationName;
            s.status = r.status;
            s.description = r.description;
            s.retired_at = r.retiredAt;
            out.add(s);
        }
        return out;
    }

    private static void addKinds(LinkageMapper m, List<ServiceSummary> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, ServiceSummary> byId = new LinkedHashMap<>();
        items.forEach(s -> byId.put(s.id, s));
        for (LinkageMapper.ServiceKind k : m.kindsOf(byId.keySet())) {
            byId.get(k.serviceId).kinds.add(k.code == null ? k.termId : k.code);
        }
    }

    @Override
    public Map<String, Object> service(Actor actor, String serviceId) {
        LinkageAccess.GET_SERVICE.requireRole(actor);
        return module.work(tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            LinkageMapper.ServiceRow row = serviceId == null || serviceId.length() > 64 ? null : m.service(serviceId);
            if (row == null) {
                throw new NotFoundException("No service " + Words.cut(String.valueOf(serviceId), 64)
                        + " in the directory.");
            }
            return ServiceDetail.of(serviceId, m.serviceRecords(serviceId), row.retiredAt);
        });
    }

    @Override
    public HsdsPage<Map<String, Object>> organizations(Actor actor, String text, int pageNumber, int perPage) {
        LinkageAccess.LIST_ORGANIZATIONS.requireRole(actor);
        new org.missioncj.core.api.Validator()
                .check(pageNumber >= 1, "page", "must be 1 or more (pages are numbered from 1)")
                .check(perPage >= 1 && perPage <= MAX_PER_PAGE, "per_page", "must be between 1 and " + MAX_PER_PAGE)
                .maxLength("text", text, 255)
                .throwIfInvalid();
        String key = Words.key(text);
        Words.Range prefix = key.isEmpty() ? null : new Words.Range(key);
        return module.work(tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            long total = m.countOrganizations(prefix);
            long offset = (long) (pageNumber - 1) * perPage;
            List<Map<String, Object>> items = new ArrayList<>();
            if (offset < total) {
                for (String id : m.organizationIds(prefix, offset, perPage)) {
                    items.add(new LinkedHashMap<>(DirectoryWriter.fields(
                            m.record(HsdsTable.ORGANIZATION.hsdsName(), id).content)));
                }
            }
            return HsdsPage.of(items, total, pageNumber, perPage);
        });
    }

    @Override
    public Map<String, Object> organization(Actor actor, String organizationId) {
        LinkageAccess.GET_ORGANIZATION.requireRole(actor);
        return module.work(tx -> {
            LinkageMapper m = tx.mapper(LinkageMapper.class);
            LinkageMapper.RecordRow r = organizationId == null || organizationId.length() > 64 ? null
                    : m.record(HsdsTable.ORGANIZATION.hsdsName(), organizationId);
            if (r == null) {
                throw new NotFoundException("No organization " + Words.cut(String.valueOf(organizationId), 64)
                        + " in the directory.");
            }
            Map<String, Object> o = new LinkedHashMap<>(DirectoryWriter.fields(r.content));
            if (r.retiredAt != null) {
                o.put("retired_at", r.retiredAt.toString());
            }
            List<ServiceSummary> services = summaries(m.servicesOf(organizationId));
            addKinds(m, services);
            o.put("services", services);
            return o;
        });
    }
}
