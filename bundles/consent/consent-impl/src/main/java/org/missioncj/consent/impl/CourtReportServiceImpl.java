package org.missioncj.consent.impl;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.missioncj.consent.api.ConsentAccess;
import org.missioncj.consent.api.CourtReportService;
import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.consent.api.dto.CourtReportRequest;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.ReportSectionInfo;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.spi.ReportSection;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Court progress reports: the installed sections whose category the consent or court order covers,
 * produced and recorded through the disclosure gate in one transaction, so a report that fails half
 * way leaves no disclosure record behind.
 */
@Component(service = CourtReportService.class)
public class CourtReportServiceImpl implements CourtReportService {
    private static final Comparator<ReportSection> ORDER = Comparator.comparingInt(ReportSection::order)
            .thenComparing(ReportSection::id);

    private final ModuleSupport module;
    private final ConsentSettings settings;
    private final CaseloadAccess access;
    private final ConsentRows rows;
    private final DisclosureGate gate;
    private final List<ReportSection> sections = new CopyOnWriteArrayList<>();

    @Activate
    public CourtReportServiceImpl(@Reference(target = ConsentSettings.MODULE) ModuleSupport module,
            @Reference ConsentSettings settings, @Reference CaseloadAccess access, @Reference DisclosureGate gate) {
        this.module = module;
        this.settings = settings;
        this.access = access;
        this.rows = new ConsentRows(module::today);
        this.gate = gate;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSection(ReportSection section) {
        sections.add(section);
    }

    void removeSection(ReportSection section) {
        sections.remove(section);
    }

    @Override
    public List<ReportSectionInfo> sections(Actor actor) {
        ConsentAccess.LIST_COURT_REPORT_SECTIONS.requireRole(actor);
        List<ReportSectionInfo> out = new ArrayList<>();
        for (ReportSection s : sorted()) {
            ReportSectionInfo i = new ReportSectionInfo();
            i.id = s.id();
            i.title = s.title();
            i.category = s.category().code();
            i.order = s.order();
            out.add(i);
        }
        return out;
    }

    @Override
    public CourtReport report(Actor actor, CourtReportRequest request) {
        CourtReportRequest q = request == null ? new CourtReportRequest() : request;
        AuditEntry entry = module.entry(actor, "COURT_REPORT", "court-report")
                .participant(q.participantId).detail("period " + q.from + " to " + q.to);
        return module.audited(entry, tx -> produce(actor, q, entry));
    }

    private CourtReport produce(Actor actor, CourtReportRequest q, AuditEntry entry) {
        ConsentAccess.CREATE_COURT_REPORT.requireRole(actor);
        // a court liaison's limits hold whatever other role the account has: their recipient is their organization
        boolean staff = !DisclosureGateImpl.isLiaison(actor);
        if (staff && q.participantId != null && !q.participantId.isBlank()) {
            access.require(actor, ConsentAccess.CREATE_COURT_REPORT, q.participantId, entry);
        }
        Validator v = new Validator();
        if (staff) {
            v.requiredText("recipientName", q.recipientName, 200);
        }
        v.requiredText("participantId", q.participantId, 36)
                .required("from", q.from)
                .required("to", q.to)
                .check(q.from == null || q.to == null || !q.from.isAfter(q.to), "to", "must not be before from")
                .notInFuture("to", q.to, module.today())
                .check(q.from == null || q.to == null || ChronoUnit.DAYS.between(q.from, q.to) < MAX_PERIOD_DAYS, "from",
                        "a report covers at most " + MAX_PERIOD_DAYS + " days")
                .maxLength("recipientName", q.recipientName, 200)
                .throwIfInvalid();
        List<ReportSection> installed = sorted();
        Set<String> categories = new LinkedHashSet<>();
        for (ReportSection s : installed) {
            categories.add(s.category().code());
        }
        if (categories.isEmpty()) {
            throw new ConflictException("No report sections are installed: install the modules whose progress the report shows.");
        }
        DisclosureRequest d = new DisclosureRequest();
        d.participantId = q.participantId;
        // a liaison's recipient is their organization, which the gate takes from their account
        d.recipientClass = q.recipientClass == null && staff ? RecipientClass.COURT : q.recipientClass;
        d.recipientName = q.recipientName;
        d.purpose = q.purpose == null ? DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING : q.purpose;
        d.categories = new ArrayList<>(categories);
        String description = "Court progress report " + q.from + " to " + q.to;
        return module.work(tx -> {
            Disclosure disclosure = gate.disclose(actor, d, description);
            entry.resource(disclosure.id);
            CourtReport report = new CourtReport();
            report.participantId = q.participantId;
            report.from = q.from;
            report.to = q.to;
            report.generatedAt = disclosure.disclosedAt;
            report.generatedBy = actor.username();
            report.recipientClass = disclosure.recipientClass;
            report.recipientName = disclosure.recipientName;
            report.purpose = disclosure.purpose;
            report.disclosureId = disclosure.id;
            report.basis = disclosure.basis;
            report.consentId = disclosure.consentId;
            report.courtOrderId = disclosure.courtOrderId;
            report.basisDescription = basisDescription(tx.mapper(ConsentMapper.class), disclosure);
            report.notice = disclosure.notice;
            for (ReportSection s : installed) {
                String category = s.category().code();
                if (disclosure.categories.contains(category)) {
                    CourtReport.Section out = new CourtReport.Section();
                    out.id = s.id();
                    out.title = s.title();
                    out.category = category;
                    out.content = s.render(q.participantId, q.from, q.to);
                    report.sections.add(out);
                } else if (!report.withheldCategories.contains(category)) {
                    report.withheldCategories.add(category);
                }
            }
            return report;
        });
    }

    /** The scope of the consent or order, in words (§2.32(b): a copy or a clear explanation goes with it). */
    private String basisDescription(ConsentMapper m, Disclosure d) {
        if (d.consentId != null) {
            ConsentDirective c = rows.toDto(m.consent(d.consentId));
            StringBuilder sb = new StringBuilder();
            sb.append(label(c.kind.name())).append(" consent signed by ").append(c.signedBy).append(" on ").append(c.signedOn)
                    .append(": ").append(c.disclosingProgram).append(" may disclose ").append(String.join(", ", c.categories))
                    .append(" to ").append(ConsentRules.describe(c.recipientClass, c.recipientName)).append(" for ")
                    .append(label(c.purpose.name()));
            if (c.purposeDescription != null) {
                sb.append(" (").append(c.purposeDescription).append(')');
            }
            sb.append(". It expires ");
            if (c.expiresOn != null) {
                sb.append("on ").append(c.expiresOn);
                if (c.expiryEvent != null) {
                    sb.append(" or ");
                }
            }
            if (c.expiryEvent != null) {
                sb.append("at: ").append(c.expiryEvent);
            }
            sb.append('.');
            if (c.irrevocableUntilEvent != null || c.irrevocableUntil != null) {
                sb.append(" It cannot be revoked until: ").append(c.irrevocableUntil == null ? c.irrevocableUntilEvent
                        : c.irrevocableUntilEvent == null ? c.irrevocableUntil.toString()
                        : c.irrevocableUntil + " or " + c.irrevocableUntilEvent + ", whichever comes first").append('.');
                if (c.revocabilityEventOn != null) {
                    sb.append(" That event occurred on ").append(c.revocabilityEventOn).append('.');
                }
            }
            return sb.toString();
        }
        CourtOrder o = rows.toDto(m.order(d.courtOrderId));
        return "Court order " + o.docketNumber + " of " + o.court + " dated " + o.orderedOn
                + (o.authority == null ? "" : " (42 CFR " + o.authority.name().replace("SECTION_", "§").replace('_', '.') + ")")
                + (o.limits == null ? "" : ", with the limits: " + o.limits) + ": disclosure of "
                + String.join(", ", o.categories) + " to " + ConsentRules.describe(o.recipientClass, o.recipientName) + " for "
                + label(o.purpose.name()) + (o.scopeDescription == null ? "" : " (" + o.scopeDescription + ")")
                + (o.expiresOn == null ? "." : ", until " + o.expiresOn + ".");
    }

    private static String label(String code) {
        String s = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<ReportSection> sorted() {
        List<ReportSection> list = new ArrayList<>(sections);
        list.sort(ORDER);
        return list;
    }
}
