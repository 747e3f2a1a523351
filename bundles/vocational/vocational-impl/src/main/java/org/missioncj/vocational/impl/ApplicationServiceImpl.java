package org.missioncj.vocational.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.site.SiteStaff;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.vocational.api.ApplicationService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.dto.ApplicationStatus;
import org.missioncj.vocational.api.dto.Interview;
import org.missioncj.vocational.api.dto.JobApplication;
import org.missioncj.vocational.api.dto.Offer;
import org.missioncj.vocational.api.dto.OfferResponse;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.OpeningStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {
    static final String RESOURCE = "job-application";
    static final int MAX_INTERVIEWS = 20;
    static final int MAX_OFFERS = 10;
    static final int MAX_TEXT = 2000;

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final SiteStaff sites;
    private final VocationalEnrollments enrollments;

    @Activate
    public ApplicationServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff,
            @Reference VocationalEnrollments enrollments) {
        this.enrollments = enrollments;
        this.module = module;
        this.access = access;
        this.sites = new SiteStaff(staff, module.name());
    }

    @Override
    public JobApplication create(Actor actor, JobApplication input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            VocationalAccess.CREATE_APPLICATION.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, VocationalAccess.CREATE_APPLICATION, input.participantId, entry);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("participantId", input.participantId).required("openingId", input.openingId);
            validate(v, input);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Opening opening = input.openingId.length() > 36 ? null : m.opening(input.openingId);
            // an opening of another site than the participant's is none of theirs to apply for: as if there were none
            String site = sites.participantSite(enrollments.placing(m, input.participantId), actor);
            if (opening == null || site == null || !site.equals(opening.site)) {
                throw new NotFoundException("There is no job opening " + SiteStaff.shortId(input.openingId)
                        + " at the participant's site" + (site == null ? "" : " (" + site + ")")
                        + ": record the opening first (POST /vocational/openings).");
            }
            if (opening.status != null && opening.status != OpeningStatus.OPEN) {
                throw new ConflictException("Opening " + opening.id + " is " + opening.status
                        + ": an application is for an open opening.");
            }
            String before = m.applicationFor(input.participantId, opening.id);
            if (before != null) {
                throw new ConflictException("Participant " + input.participantId + " has applied for opening "
                        + opening.id + " already: update that application (" + before + ").",
                        VocationalRows.toDto(m.application(before), m));
            }
            VocationalMapper.ApplicationRow row = new VocationalMapper.ApplicationRow();
            row.id = UUID.randomUUID().toString();
            row.version = 1;
            row.participantId = input.participantId;
            row.openingId = opening.id;
            row.status = input.status == null ? ApplicationStatus.APPLIED : input.status;
            row.appliedOn = input.appliedOn == null ? module.today() : input.appliedOn;
            VocationalRows.documents(input.documents, row);
            row.createdAt = module.now();
            row.createdBy = actor.username();
            row.updatedAt = row.createdAt;
            row.updatedBy = row.createdBy;
            rules(row, input);
            m.insertApplication(row);
            children(m, row.id, input);
            entry.resource(row.id).detail("opening " + opening.id + " " + row.status);
            return VocationalRows.toDto(m.application(row.id), m);
        });
    }

    @Override
    public JobApplication get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return VocationalRows.toDto(access.requireFound(actor, VocationalAccess.GET_APPLICATION, RESOURCE, id,
                    m::application, r -> r.participantId, entry), m);
        });
    }

    @Override
    public JobApplication update(Actor actor, String id, long expectedVersion, JobApplication input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            VocationalMapper.ApplicationRow stored = access.requireFound(actor, VocationalAccess.UPDATE_APPLICATION,
                    RESOURCE, id, m::application, r -> r.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("status", input.status)
                    .check(input.openingId == null || input.openingId.equals(stored.openingId), "openingId",
                            "cannot change: apply for the other opening on its own")
                    .check(input.participantId == null || input.participantId.equals(stored.participantId),
                            "participantId", "cannot change");
            validate(v, input);
            VocationalMapper.ApplicationRow row = new VocationalMapper.ApplicationRow();
            row.id = id;
            row.status = input.status;
            row.appliedOn = input.appliedOn == null ? stored.appliedOn : input.appliedOn;
            VocationalRows.documents(input.documents, row);
            row.updatedAt = module.now();
            row.updatedBy = actor.username();
            rules(row, input);
            if (m.updateApplication(row, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("job application", id, expectedVersion, stored.version);
            }
            m.deleteInterviews(id);
            m.deleteOffers(id);
            children(m, id, input);
            entry.detail(stored.status + " -> " + row.status);
            return VocationalRows.toDto(m.application(id), m);
        });
    }

    @Override
    public Page<JobApplication> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("application list");
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LIST_APPLICATIONS, participantId, entry);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countApplications(participantId), () -> {
                List<JobApplication> out = new ArrayList<>();
                for (VocationalMapper.ApplicationRow row : m.applications(participantId, page.offset(), page.size())) {
                    out.add(VocationalRows.toDto(row, m));
                }
                return out;
            });
        });
    }

    /**
     * The program's rules on a valid application: past days, interviews and offers after the application, at most
     * one accepted offer, and an ACCEPTED application has one.
     */
    private void rules(VocationalMapper.ApplicationRow row, JobApplication input) {
        VocationalRows.pastDay("appliedOn", input.appliedOn, module.today());
        List<Interview> interviews = input.interviews == null ? List.of() : input.interviews;
        for (int i = 0; i < interviews.size(); i++) {
            java.time.LocalDate day = interviews.get(i).scheduledAt.atZone(module.zone()).toLocalDate();
            VocationalRows.notBefore("interviews[" + i + "].scheduledAt", day, "appliedOn", row.appliedOn);
        }
        List<Offer> offers = input.offers == null ? List.of() : input.offers;
        if (offers.stream().filter(o -> o.response == OfferResponse.ACCEPTED).count() > 1) {
            throw new UnprocessableException("offers: a participant accepts one offer of an application.",
                    List.of(new FieldError("offers", "more than one offer has response ACCEPTED")));
        }
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            VocationalRows.pastDay("offers[" + i + "].offeredOn", o.offeredOn, module.today());
            VocationalRows.notBefore("offers[" + i + "].offeredOn", o.offeredOn, "appliedOn", row.appliedOn);
            VocationalRows.notBefore("offers[" + i + "].startDate", o.startDate, "offeredOn", o.offeredOn);
        }
        if (row.status == ApplicationStatus.ACCEPTED
                && offers.stream().noneMatch(o -> o.response == OfferResponse.ACCEPTED)) {
            throw new UnprocessableException("status: an application is ACCEPTED when the participant accepted an offer; "
                    + "record the offer with response ACCEPTED.",
                    List.of(new FieldError("status", "ACCEPTED needs an accepted offer")));
        }
    }

    private static void children(VocationalMapper m, String id, JobApplication input) {
        int seq = 0;
        for (Interview i : input.interviews == null ? List.<Interview>of() : input.interviews) {
            Interview stored = new Interview();
            stored.scheduledAt = i.scheduledAt;
            stored.preparation = VocationalRows.trimmed(i.preparation);
            stored.followUp = VocationalRows.trimmed(i.followUp);
            stored.outcome = i.outcome;
            m.insertInterview(id, seq++, stored);
        }
        seq = 0;
        for (Offer o : input.offers == null ? List.<Offer>of() : input.offers) {
            Offer stored = new Offer();
            stored.offeredOn = o.offeredOn;
            stored.wage = VocationalRows.trimmed(o.wage);
            stored.hours = o.hours;
            stored.startDate = o.startDate;
            stored.response = o.response == null ? OfferResponse.PENDING : o.response;
            m.insertOffer(id, seq++, stored);
        }
    }

    private static void validate(Validator v, JobApplication a) {
        List<Interview> interviews = a.interviews == null ? List.of() : a.interviews;
        List<Offer> offers = a.offers == null ? List.of() : a.offers;
        v.check(interviews.size() <= MAX_INTERVIEWS, "interviews", "at most " + MAX_INTERVIEWS)
                .check(offers.size() <= MAX_OFFERS, "offers", "at most " + MAX_OFFERS)
                .check(a.documents == null || !a.documents.containsValue(null), "documents",
                        "each document is true (ready) or false");
        for (int i = 0; i < interviews.size(); i++) {
            Interview in = interviews.get(i);
            if (in == null) {
                v.required("interviews[" + i + "]", null);
                continue;
            }
            v.required("interviews[" + i + "].scheduledAt", in.scheduledAt)
                    .maxLength("interviews[" + i + "].preparation", in.preparation, MAX_TEXT)
                    .maxLength("interviews[" + i + "].followUp", in.followUp, MAX_TEXT);
        }
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            if (o == null) {
                v.required("offers[" + i + "]", null);
                continue;
            }
            v.required("offers[" + i + "].offeredOn", o.offeredOn).maxLength("offers[" + i + "].wage", o.wage, 100);
        }
        v.throwIfInvalid();
    }
}
