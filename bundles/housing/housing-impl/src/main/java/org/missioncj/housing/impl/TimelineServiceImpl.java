package org.missioncj.housing.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.housing.api.HousingAccess;
import org.missioncj.housing.api.TimelineService;
import org.missioncj.housing.api.dto.Nights;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.site.SiteStaff;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TimelineService.class)
public class TimelineServiceImpl implements TimelineService {
    static final String RESOURCE = "housing-status";
    static final String NIGHTS = "housing-nights";
    /** The earliest day a status may start: older history is not this program's. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** The longest period nights are counted for in one call. */
    static final long MAX_PERIOD_DAYS = 3660;

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final SiteStaff sites;
    private final TimelineWriter writer;
    private final HousingEnrollments enrollments;

    @Activate
    public TimelineServiceImpl(@Reference(target = HousingSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff,
            @Reference HousingEnrollments enrollments) {
        this.enrollments = enrollments;
        this.module = module;
        this.access = access;
        this.sites = new SiteStaff(staff, module.name());
        this.writer = new TimelineWriter(module);
    }

    @Override
    public Page<StatusPeriod> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("timeline");
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.LIST_STATUSES, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            return Page.read(page, () -> m.countStatuses(participantId),
                    () -> m.statuses(participantId, page.offset(), page.size()));
        });
    }

    @Override
    public StatusPeriod record(Actor actor, String participantId, StatusPeriod period) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.RECORD_STATUS, participantId, entry);
            validate(period);
            StatusPeriod p = writer.record(tx, actor, participantId, period.status, period.startDate, period.endDate,
                    trimmed(period.unitId), TimelineWriter.STAFF,
                    TimelineWriter.siteOf(tx.mapper(HousingMapper.class), sites, enrollments, actor, participantId));
            entry.resource(p.id).detail(p.status.name());
            return p;
        });
    }

    @Override
    public StatusPeriod correct(Actor actor, String participantId, String periodId, long expectedVersion,
            StatusPeriod period) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).participant(participantId).resource(periodId);
        return module.audited(entry, tx -> {
            StatusPeriod stored = found(actor, HousingAccess.CORRECT_STATUS, tx.mapper(HousingMapper.class), participantId,
                    periodId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            validate(period);
            return writer.correct(tx, actor, stored, expectedVersion, period.status, period.startDate, period.endDate,
                    trimmed(period.unitId), TimelineWriter.siteOf(tx.mapper(HousingMapper.class), sites, enrollments, actor,
                            stored.participantId));
        });
    }

    @Override
    public void delete(Actor actor, String participantId, String periodId, long expectedVersion) {
        AuditEntry entry = module.entry(actor, "DELETE", RESOURCE).participant(participantId).resource(periodId);
        module.audited(entry, tx -> {
            StatusPeriod stored = found(actor, HousingAccess.DELETE_STATUS, tx.mapper(HousingMapper.class), participantId,
                    periodId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            writer.delete(tx, actor, stored, expectedVersion);
            return null;
        });
    }

    /** The period by id; when the path names a participant, another participant's period is not found. */
    private StatusPeriod found(Actor actor, org.missioncj.core.api.AccessRule rule, HousingMapper m, String participantId,
            String periodId, AuditEntry entry) {
        return access.requireFound(actor, rule, RESOURCE, periodId, id -> {
            StatusPeriod p = m.status(id);
            return p != null && (participantId == null || p.participantId.equals(participantId)) ? p : null;
        }, p -> p.participantId, entry);
    }

    @Override
    public Nights nights(Actor actor, String participantId, LocalDate from, LocalDate to) {
        AuditEntry entry = module.entry(actor, "READ", NIGHTS).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.GET_NIGHTS, participantId, entry);
            checkPeriod(from, to);
            Nights n = new Nights();
            n.participantId = participantId;
            n.from = from;
            n.to = to;
            long until = DaySpan.untilDay(to, module.today());
            long days = Math.max(0, until - from.toEpochDay());
            if (days > 0) {
                add(n, tx.mapper(HousingMapper.class).nights(participantId, from.toEpochDay(), until));
            }
            n.unknown = Math.max(0, days - n.housed - n.homeless - n.incarcerated - n.institution);
            return n;
        });
    }

    @Override
    public Nights siteNights(Actor actor, String site, LocalDate from, LocalDate to) {
        AuditEntry entry = module.entry(actor, "READ", NIGHTS).resource(site).detail("site");
        return module.audited(entry, tx -> {
            access.requireSite(actor, HousingAccess.GET_SITE_NIGHTS, site);
            checkPeriod(from, to);
            HousingMapper m = tx.mapper(HousingMapper.class);
            Nights n = new Nights();
            n.site = site;
            n.from = from;
            n.to = to;
            long until = DaySpan.untilDay(to, module.today());
            long days = Math.max(0, until - from.toEpochDay());
            if (days > 0) {
                add(n, m.siteNights(site, from.toEpochDay(), until));
                n.unknown = Math.max(0, days * m.sitePlaced(site) - n.housed - n.homeless - n.incarcerated
                        - n.institution);
            }
            return n;
        });
    }

    private static void add(Nights n, List<HousingMapper.KindNights> rows) {
        for (HousingMapper.KindNights r : rows) {
            switch (r.kind) {
                case "HOUSED":
                    n.housed += r.nights;
                    break;
                case "HOMELESS":
                    n.homeless += r.nights;
                    break;
                case "INCARCERATED":
                    n.incarcerated += r.nights;
                    break;
                default:
                    n.institution += r.nights;
            }
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        new Validator().required("from", from).required("to", to).throwIfInvalid();
        if (to.isBefore(from)) {
            throw new UnprocessableException("The period ends before it starts.",
                    List.of(new FieldError("to", "is before from (" + from + ")")));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new UnprocessableException("Nights are counted for at most ten years at a time.",
                    List.of(new FieldError("to", "is more than " + MAX_PERIOD_DAYS + " days after from")));
        }
    }

    /** 400 for what is missing or malformed; 422 for an end on or before the start. */
    void validate(StatusPeriod p) {
        Validator v = new Validator();
        if (p == null) {
            v.required("$", null).throwIfInvalid();
        }
        LocalDate today = module.today();
        v.required("status", p.status).required("startDate", p.startDate)
                .notInFuture("startDate", p.startDate, today).notInFuture("endDate", p.endDate, today)
                .check(p.startDate == null || !p.startDate.isBefore(EARLIEST), "startDate", "is before " + EARLIEST)
                .maxLength("unitId", p.unitId, 36)
                .throwIfInvalid();
        if (p.endDate != null && !p.endDate.isAfter(p.startDate)) {
            throw new UnprocessableException("A status ends on the day the next one begins, after its own start.",
                    List.of(new FieldError("endDate", (p.endDate.isBefore(p.startDate) ? "is before" : "is the same day as")
                            + " startDate (" + p.startDate + ")")));
        }
    }

    static String trimmed(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
