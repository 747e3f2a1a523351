package org.missioncj.vocational.impl;

import java.util.List;
import java.util.UUID;

import org.missioncj.core.api.Actor;
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
import org.missioncj.registry.api.StaffService;
import org.missioncj.vocational.api.EmployerService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.dto.Employer;
import org.missioncj.vocational.api.dto.Opening;
import org.missioncj.vocational.api.dto.OpeningStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EmployerService.class)
public class EmployerServiceImpl implements EmployerService {
    static final String EMPLOYER = "employer";
    static final String OPENING = "job-opening";

    private final ModuleSupport module;
    private final SiteStaff sites;

    @Activate
    public EmployerServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference StaffService staff) {
        this.module = module;
        this.sites = new SiteStaff(staff, module.name());
    }

    @Override
    public Page<Employer> list(Actor actor, String site, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", EMPLOYER).resource(site).detail("employers of the site");
        return module.audited(entry, tx -> {
            sites.require(actor, VocationalAccess.LIST_EMPLOYERS, site);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countEmployers(site), () -> m.employers(site, page.offset(), page.size()));
        });
    }

    @Override
    public Employer create(Actor actor, Employer input) {
        AuditEntry entry = module.entry(actor, "CREATE", EMPLOYER);
        return module.audited(entry, tx -> {
            VocationalAccess.CREATE_EMPLOYER.requireRole(actor);
            if (input != null && input.site != null) {
                sites.require(actor, VocationalAccess.CREATE_EMPLOYER, input.site);
            }
            validate(input, true);
            Employer e = new Employer();
            e.id = UUID.randomUUID().toString();
            e.version = 1;
            e.site = input.site.trim();
            fill(e, input, actor);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            m.insertEmployer(e);
            entry.resource(e.id).detail("site " + e.site);
            return m.employer(e.id);
        });
    }

    @Override
    public Employer get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", EMPLOYER).resource(id);
        return module.audited(entry, tx -> sites.requireFound(actor, VocationalAccess.GET_EMPLOYER, EMPLOYER, id,
                tx.mapper(VocationalMapper.class)::employer, e -> e.site));
    }

    @Override
    public Employer update(Actor actor, String id, long expectedVersion, Employer input) {
        AuditEntry entry = module.entry(actor, "UPDATE", EMPLOYER).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Employer stored = sites.requireFound(actor, VocationalAccess.UPDATE_EMPLOYER, EMPLOYER, id, m::employer,
                    e -> e.site);
            PreconditionRequiredException.requireVersion(expectedVersion);
            validate(input, false);
            if (input.site != null && !input.site.trim().equals(stored.site)) {
                throw new UnprocessableException("site: employer " + id + " is kept by " + stored.site
                        + "; an employer stays with its site (add it to the other site instead).",
                        List.of(new FieldError("site", "cannot change")));
            }
            Employer e = new Employer();
            e.id = id;
            fill(e, input, actor);
            if (m.updateEmployer(e, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("employer", id, expectedVersion, stored.version);
            }
            return m.employer(id);
        });
    }

    @Override
    public Page<Opening> openings(Actor actor, String employerId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", OPENING).resource(employerId).detail("openings of the employer");
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            sites.requireFound(actor, VocationalAccess.LIST_EMPLOYER_OPENINGS, EMPLOYER, employerId, m::employer,
                    e -> e.site);
            return Page.read(page, () -> m.countEmployerOpenings(employerId),
                    () -> m.employerOpenings(employerId, page.offset(), page.size()));
        });
    }

    @Override
    public Page<Opening> siteOpenings(Actor actor, String site, OpeningStatus status, PageRequest page) {
        OpeningStatus s = status == null ? OpeningStatus.OPEN : status;
        AuditEntry entry = module.entry(actor, "READ", OPENING).resource(site).detail(s + " openings of the site");
        return module.audited(entry, tx -> {
            sites.require(actor, VocationalAccess.LIST_SITE_OPENINGS, site);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countSiteOpenings(site, s),
                    () -> m.siteOpenings(site, s, page.offset(), page.size()));
        });
    }

    @Override
    public Opening createOpening(Actor actor, Opening input) {
        AuditEntry entry = module.entry(actor, "CREATE", OPENING);
        return module.audited(entry, tx -> {
            VocationalAccess.CREATE_OPENING.requireRole(actor);
            validateOpening(input, true);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Employer employer = input.employerId.length() > 36 ? null : m.employer(input.employerId);
            if (employer == null || !sites.within(actor, VocationalAccess.CREATE_OPENING, employer.site)) {
                throw new NotFoundException("There is no employer " + SiteStaff.shortId(input.employerId)
                        + " that your site keeps.");
            }
            Opening o = new Opening();
            o.id = UUID.randomUUID().toString();
            o.version = 1;
            o.employerId = employer.id;
            o.site = employer.site;
            fillOpening(o, input, actor, module.today());
            m.insertOpening(o);
            entry.resource(o.id).detail("employer " + employer.id);
            return m.opening(o.id);
        });
    }

    @Override
    public Opening getOpening(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", OPENING).resource(id);
        return module.audited(entry, tx -> sites.requireFound(actor, VocationalAccess.GET_OPENING, OPENING, id,
                tx.mapper(VocationalMapper.class)::opening, o -> o.site));
    }

    @Override
    public Opening updateOpening(Actor actor, String id, long expectedVersion, Opening input) {
        AuditEntry entry = module.entry(actor, "UPDATE", OPENING).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Opening stored = sites.requireFound(actor, VocationalAccess.UPDATE_OPENING, OPENING, id, m::opening,
                    o -> o.site);
            PreconditionRequiredException.requireVersion(expectedVersion);
            validateOpening(input, false);
            if (input.employerId != null && !input.employerId.equals(stored.employerId)) {
                throw new UnprocessableException("employerId: opening " + id + " is employer " + stored.employerId
                        + "'s; record the other employer's opening on its own.",
                        List.of(new FieldError("employerId", "cannot change")));
            }
            Opening o = new Opening();
            o.id = id;
            fillOpening(o, input, actor, stored.postedOn);
            if (m.updateOpening(o, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("job opening", id, expectedVersion, stored.version);
            }
            entry.detail(o.status.name());
            return m.opening(id);
        });
    }

    private void fill(Employer e, Employer input, Actor actor) {
        e.name = input.name.trim();
        e.contactName = VocationalRows.trimmed(input.contactName);
        e.phone = VocationalRows.trimmed(input.phone);
        e.email = VocationalRows.trimmed(input.email);
        e.address = VocationalRows.trimmed(input.address);
        e.terms = VocationalRows.trimmed(input.terms);
        e.updatedAt = module.now();
        e.updatedBy = actor.username();
    }

    /** The input onto the opening; {@code postedOn} when it gives none (today for a new one). */
    private void fillOpening(Opening o, Opening input, Actor actor, java.time.LocalDate postedOn) {
        o.title = input.title.trim();
        o.hours = input.hours;
        o.wage = VocationalRows.trimmed(input.wage);
        o.postedOn = input.postedOn == null ? postedOn : input.postedOn;
        o.closesOn = input.closesOn;
        o.status = input.status == null ? OpeningStatus.OPEN : input.status;
        o.updatedAt = module.now();
        o.updatedBy = actor.username();
        VocationalRows.pastDay("postedOn", input.postedOn, module.today());
        VocationalRows.notBefore("closesOn", o.closesOn, "postedOn", o.postedOn);
    }

    private static void validate(Employer e, boolean creating) {
        Validator v = new Validator();
        if (e == null) {
            v.required("$", null).throwIfInvalid();
        }
        if (creating) {
            v.requiredText("site", e.site, 64);
        }
        v.requiredText("name", e.name, 200)
                .maxLength("contactName", e.contactName, 200)
                .maxLength("phone", e.phone, 40)
                .maxLength("email", e.email, 200)
                .email("email", e.email)
                .maxLength("address", e.address, 500)
                .maxLength("terms", e.terms, 2000)
                .throwIfInvalid();
    }

    private static void validateOpening(Opening o, boolean creating) {
        Validator v = new Validator();
        if (o == null) {
            v.required("$", null).throwIfInvalid();
        }
        if (creating) {
            v.required("employerId", o.employerId);
        }
        v.requiredText("title", o.title, 200)
                .required("hours", o.hours)
                .maxLength("wage", o.wage, 100)
                .throwIfInvalid();
    }
}
