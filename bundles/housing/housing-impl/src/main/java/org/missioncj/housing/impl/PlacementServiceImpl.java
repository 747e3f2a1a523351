package org.missioncj.housing.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.ForbiddenException;
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
import org.missioncj.core.api.support.SupportContacts;
import org.missioncj.housing.api.HousingAccess;
import org.missioncj.housing.api.HousingEvents;
import org.missioncj.housing.api.PlacementService;
import org.missioncj.housing.api.dto.Application;
import org.missioncj.housing.api.dto.HousingContact;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.api.dto.Landlord;
import org.missioncj.housing.api.dto.LandlordConflict;
import org.missioncj.housing.api.dto.Placement;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.missioncj.housing.api.dto.TeamParticipant;
import org.missioncj.housing.api.dto.Unit;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.registry.api.site.SiteStaff;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PlacementService.class)
public class PlacementServiceImpl implements PlacementService {
    static final String LANDLORD = "housing-landlord";
    static final String UNIT = "housing-unit";
    static final String APPLICATION = "housing-application";
    static final String PLACEMENT = "housing-placement";
    static final String CONFLICT = "housing-conflict";
    static final String CONTACT = "housing-contact";
    static final String TEAM = "housing-team";
    static final List<String> MODES = Arrays.asList(SupportContacts.MODES);

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final StaffService staff;
    private final TimelineWriter writer;
    private final HousingEnrollments enrollments;
    private final SiteStaff sites;
    private final Actor system;

    @Activate
    public PlacementServiceImpl(@Reference(target = HousingSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff,
            @Reference HousingEnrollments enrollments) {
        this.enrollments = enrollments;
        this.module = module;
        this.access = access;
        this.staff = staff;
        this.writer = new TimelineWriter(module);
        this.sites = new SiteStaff(staff, module.name());
        this.system = Actor.system("housing");
    }

    // ---- landlords and units: the site's, not participant data -------------------------------------------

    @Override
    public Page<Landlord> landlords(Actor actor, String site, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", LANDLORD).resource(site).detail("list");
        return module.audited(entry, tx -> {
            requireSite(actor, HousingAccess.LIST_LANDLORDS, site);
            HousingMapper m = tx.mapper(HousingMapper.class);
            return Page.read(page, () -> m.countLandlords(site), () -> m.landlords(site, page.offset(), page.size()));
        });
    }

    @Override
    public Landlord landlord(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", LANDLORD).resource(id);
        return module.audited(entry, tx -> siteRecord(actor, HousingAccess.GET_LANDLORD, "landlord", id,
                tx.mapper(HousingMapper.class)::landlord, l -> l.site));
    }

    @Override
    public Landlord saveLandlord(Actor actor, String id, long expectedVersion, Landlord input) {
        AuditEntry entry = module.entry(actor, id == null ? "CREATE" : "UPDATE", LANDLORD).resource(id);
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            Landlord stored = null;
            if (id == null) {
                HousingAccess.CREATE_LANDLORD.requireRole(actor);
                new Validator().required("site", input == null ? null : input.site).throwIfInvalid();
                requireSite(actor, HousingAccess.CREATE_LANDLORD, input.site);
            } else {
                stored = siteRecord(actor, HousingAccess.UPDATE_LANDLORD, "landlord", id, m::landlord, l -> l.site);
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("name", input.name, 200).maxLength("contactName", input.contactName, 200)
                    .maxLength("phone", input.phone, 40).email("email", input.email).maxLength("email", input.email, 254)
                    .maxLength("terms", input.terms, 2000).throwIfInvalid();
            Landlord l = new Landlord();
            l.name = input.name.trim();
            l.contactName = trimmed(input.contactName);
            l.phone = trimmed(input.phone);
            l.email = trimmed(input.email);
            l.terms = trimmed(input.terms);
            l.updatedAt = module.now();
            l.updatedBy = actor.username();
            if (stored == null) {
                l.id = UUID.randomUUID().toString();
                l.version = 1;
                l.site = input.site;
                m.insertLandlord(l);
                entry.resource(l.id);
            } else {
                l.id = id;
                if (m.updateLandlord(l, expectedVersion) == 0) {
                    throw PreconditionFailedException.stale("landlord", id, expectedVersion, stored.version);
                }
            }
            return m.landlord(l.id);
        });
    }

    @Override
    public Page<Unit> units(Actor actor, String site, boolean availableOnly, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", UNIT).resource(site).detail("list");
        return module.audited(entry, tx -> {
            requireSite(actor, HousingAccess.LIST_UNITS, site);
            HousingMapper m = tx.mapper(HousingMapper.class);
            return Page.read(page, () -> m.countUnits(site, availableOnly),
                    () -> m.units(site, availableOnly, page.offset(), page.size()));
        });
    }

    @Override
    public Unit unit(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", UNIT).resource(id);
        return module.audited(entry, tx -> siteRecord(actor, HousingAccess.GET_UNIT, "unit", id,
                tx.mapper(HousingMapper.class)::unit, u -> u.site));
    }

    @Override
    public Unit saveUnit(Actor actor, String id, long expectedVersion, Unit input) {
        AuditEntry entry = module.entry(actor, id == null ? "CREATE" : "UPDATE", UNIT).resource(id);
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            Unit stored = null;
            if (id == null) {
                HousingAccess.CREATE_UNIT.requireRole(actor);
                new Validator().required("site", input == null ? null : input.site).throwIfInvalid();
                requireSite(actor, HousingAccess.CREATE_UNIT, input.site);
            } else {
                stored = siteRecord(actor, HousingAccess.UPDATE_UNIT, "unit", id, m::unit, u -> u.site);
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("kind", input.kind).requiredText("address", input.address, 500).maxLength("area", input.area, 200)
                    .maxLength("terms", input.terms, 2000).maxLength("landlordId", input.landlordId, 36)
                    .check(input.bedrooms == null || (input.bedrooms >= 0 && input.bedrooms <= 20), "bedrooms",
                            "must be between 0 and 20")
                    .throwIfInvalid();
            if (input.monthlyRent != null && (input.monthlyRent.signum() < 0
                    || input.monthlyRent.stripTrailingZeros().scale() > 2
                    || input.monthlyRent.compareTo(NeedsServiceImpl.MAX_AMOUNT) > 0)) {
                throw new UnprocessableException("The monthly rent is in dollars and cents, and never negative.",
                        List.of(new FieldError("monthlyRent", "is not an amount of dollars and cents of 0 or more")));
            }
            String site = stored == null ? input.site : stored.site;
            if (input.landlordId != null) {
                Landlord l = m.landlord(input.landlordId);
                if (l == null || !l.site.equals(site)) {
                    throw new NotFoundException("There is no landlord " + input.landlordId + " at site " + site + ".");
                }
            }
            Unit u = new Unit();
            u.landlordId = trimmed(input.landlordId);
            u.kind = input.kind;
            u.address = input.address.trim();
            u.area = trimmed(input.area);
            u.bedrooms = input.bedrooms;
            u.monthlyRent = input.monthlyRent;
            u.accessible = input.accessible;
            u.petsAllowed = input.petsAllowed;
            u.terms = trimmed(input.terms);
            u.available = input.available;
            u.updatedAt = module.now();
            u.updatedBy = actor.username();
            if (stored == null) {
                u.id = UUID.randomUUID().toString();
                u.version = 1;
                u.site = site;
                m.insertUnit(u);
                entry.resource(u.id);
            } else {
                u.id = id;
                if (m.updateUnit(u, expectedVersion) == 0) {
                    throw PreconditionFailedException.stale("unit", id, expectedVersion, stored.version);
                }
            }
            return m.unit(u.id);
        });
    }

    /** The site's housing stock is for its staff ({@link SiteStaff}). */
    private void requireSite(Actor actor, AccessRule rule, String site) {
        sites.require(actor, rule, site);
    }

    /** A site's record by id: the rule's roles, then the record and its site ({@link SiteStaff#requireFound}). */
    private <R> R siteRecord(Actor actor, AccessRule rule, String what, String id, Function<String, R> lookup,
            Function<R, String> siteOf) {
        return sites.requireFound(actor, rule, what, id, lookup, siteOf);
    }

    // ---- applications ---------------------------------------------------------------------------------------

    @Override
    public Page<Application> applications(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", APPLICATION).participant(participantId).detail("list");
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.LIST_APPLICATIONS, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            return Page.read(page, () -> m.countApplications(participantId),
                    () -> m.applications(participantId, page.offset(), page.size()));
        });
    }

    @Override
    public Application saveApplication(Actor actor, String participantId, String id, long expectedVersion,
            Application input) {
        AuditEntry entry = module.entry(actor, id == null ? "CREATE" : "UPDATE", APPLICATION).participant(participantId)
                .resource(id);
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            Application stored = null;
            if (id == null) {
                access.require(actor, HousingAccess.CREATE_APPLICATION, participantId, entry);
            } else {
                stored = ofParticipant(actor, HousingAccess.UPDATE_APPLICATION, APPLICATION, id, m::application,
                        a -> a.participantId, participantId, entry);
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            LocalDate today = module.today();
            v.maxLength("outcomeNote", input.outcomeNote, 1000).notInFuture("outcomeDate", input.outcomeDate, today);
            if (stored == null) {
                v.required("unitId", input.unitId).maxLength("unitId", input.unitId, 36)
                        .required("appliedOn", input.appliedOn).notInFuture("appliedOn", input.appliedOn, today);
            }
            v.throwIfInvalid();
            Application a = new Application();
            a.outcome = input.outcome == null ? Application.Outcome.PENDING : input.outcome;
            a.outcomeDate = a.outcome == Application.Outcome.PENDING ? null
                    : input.outcomeDate == null ? today : input.outcomeDate;
            a.outcomeNote = trimmed(input.outcomeNote);
            a.updatedAt = module.now();
            a.updatedBy = actor.username();
            LocalDate applied = stored == null ? input.appliedOn : stored.appliedOn;
            if (a.outcomeDate != null && a.outcomeDate.isBefore(applied)) {
                throw new UnprocessableException("The outcome comes after the application.",
                        List.of(new FieldError("outcomeDate", "is before appliedOn (" + applied + ")")));
            }
            if (stored == null) {
                TimelineWriter.requireUnit(m, input.unitId, TimelineWriter.siteOf(m, sites, enrollments, actor, participantId));
                a.id = UUID.randomUUID().toString();
                a.version = 1;
                a.participantId = participantId;
                a.unitId = input.unitId;
                a.appliedOn = input.appliedOn;
                m.insertApplication(a);
                entry.resource(a.id);
            } else {
                a.id = id;
                if (m.updateApplication(a, expectedVersion) == 0) {
                    throw PreconditionFailedException.stale("housing application", id, expectedVersion, stored.version);
                }
            }
            entry.detail(a.outcome.name());
            return m.application(a.id);
        });
    }

    // ---- placements and conflicts ----------------------------------------------------------------------------

    @Override
    public Page<Placement> placements(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", PLACEMENT).participant(participantId).detail("list");
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.LIST_PLACEMENTS, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            Page<Placement> p = Page.read(page, () -> m.countPlacements(participantId),
                    () -> m.placements(participantId, page.offset(), page.size()));
            p.items.forEach(PlacementServiceImpl::risk);
            return p;
        });
    }

    @Override
    public Placement placement(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", PLACEMENT).resource(id);
        return module.audited(entry, tx -> risk(access.requireFound(actor, HousingAccess.GET_PLACEMENT, PLACEMENT, id,
                tx.mapper(HousingMapper.class)::placement, p -> p.participantId, entry)));
    }

    @Override
    public Placement savePlacement(Actor actor, String participantId, String id, long expectedVersion, Placement input) {
        AuditEntry entry = module.entry(actor, id == null ? "CREATE" : "UPDATE", PLACEMENT).participant(participantId)
                .resource(id);
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            Placement stored = null;
            if (id == null) {
                access.require(actor, HousingAccess.CREATE_PLACEMENT, participantId, entry);
            } else {
                stored = ofParticipant(actor, HousingAccess.UPDATE_PLACEMENT, PLACEMENT, id, m::placement,
                        p -> p.participantId, participantId, entry);
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            LocalDate today = module.today();
            v.maxLength("moveHelp", input.moveHelp, 2000).notInFuture("endedOn", input.endedOn, today)
                    .notInFuture("rentUnpaidSince", input.rentUnpaidSince, today);
            if (stored == null) {
                v.required("unitId", input.unitId).maxLength("unitId", input.unitId, 36)
                        .required("moveInDate", input.moveInDate)
                        .notInFuture("moveInDate", input.moveInDate, today)
                        .check(input.moveInDate == null || !input.moveInDate.isBefore(TimelineServiceImpl.EARLIEST),
                                "moveInDate", "is before " + TimelineServiceImpl.EARLIEST);
            }
            v.throwIfInvalid();
            if (stored != null && ((input.unitId != null && !input.unitId.equals(stored.unitId))
                    || (input.moveInDate != null && !input.moveInDate.equals(stored.moveInDate)))) {
                throw new UnprocessableException("A move-in's unit and day stay as recorded: correct the status period's "
                        + "dates, or end this placement and record the new move-in.", List.of(new FieldError(
                                input.unitId != null && !input.unitId.equals(stored.unitId) ? "unitId" : "moveInDate",
                                "differs from the placement's")));
            }
            LocalDate moveIn = stored == null ? input.moveInDate : stored.moveInDate;
            if (input.endedOn != null && !input.endedOn.isAfter(moveIn)) {
                throw new UnprocessableException("A placement ends after the move-in.",
                        List.of(new FieldError("endedOn", "is not after moveInDate (" + moveIn + ")")));
            }
            if (input.rentUnpaidSince != null && input.rentUnpaidSince.isBefore(moveIn)) {
                throw new UnprocessableException("Rent can be unpaid only once the participant has moved in.",
                        List.of(new FieldError("rentUnpaidSince", "is before moveInDate (" + moveIn + ")")));
            }
            Placement p = new Placement();
            p.moveHelp = trimmed(input.moveHelp);
            p.rentUnpaidSince = input.rentUnpaidSince;
            p.endedOn = input.endedOn;
            p.updatedAt = module.now();
            p.updatedBy = actor.username();
            if (stored == null) {
                String site = TimelineWriter.siteOf(m, sites, enrollments, actor, participantId);
                Unit unit = TimelineWriter.requireUnit(m, input.unitId, site);
                // the move-in is a move on the timeline: the status of the unit's kind from that day
                HousingStatus status = unit.kind == Unit.Kind.RECOVERY_RESIDENCE ? HousingStatus.RECOVERY_RESIDENCE
                        : HousingStatus.RENTAL;
                StatusPeriod started = writer.record(tx, actor, participantId, status, moveIn, input.endedOn, unit.id,
                        TimelineWriter.STAFF, site);
                p.id = UUID.randomUUID().toString();
                p.version = 1;
                p.participantId = participantId;
                p.unitId = unit.id;
                p.moveInDate = moveIn;
                p.statusPeriodId = started.id;
                m.insertPlacement(p);
                entry.resource(p.id);
                Map<String, Object> props = new HashMap<>();
                props.put(HousingEvents.PROP_PARTICIPANT_ID, participantId);
                props.put(HousingEvents.PROP_PLACEMENT_ID, p.id);
                props.put(HousingEvents.PROP_UNIT_ID, unit.id);
                props.put(HousingEvents.PROP_MOVE_IN_DATE, moveIn.toString());
                props.put(HousingEvents.PROP_ACTOR, actor.username());
                tx.post(HousingEvents.MOVED_IN, props);
            } else {
                p.id = id;
                if (m.updatePlacement(p, expectedVersion) == 0) {
                    throw PreconditionFailedException.stale("placement", id, expectedVersion, stored.version);
                }
                if (p.endedOn != null && stored.endedOn == null) {
                    endStatus(tx, actor, stored, p.endedOn);
                }
            }
            return risk(m.placement(p.id));
        });
    }

    /**
     * A placement that ends ends the status its move-in started, when that status still holds then: the participant
     * is no longer housed there, and what follows is unknown until staff record it.
     */
    private void endStatus(Tx tx, Actor actor, Placement placement, LocalDate endedOn) {
        HousingMapper m = tx.mapper(HousingMapper.class);
        StatusPeriod started = placement.statusPeriodId == null ? null : m.status(placement.statusPeriodId);
        if (started == null || (started.endDate != null && !started.endDate.isAfter(endedOn))) {
            return;
        }
        writer.correct(tx, actor, started, started.version, started.status, started.startDate, endedOn, started.unitId,
                null);
    }

    @Override
    public Page<LandlordConflict> conflicts(Actor actor, String placementId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", CONFLICT).resource(placementId).detail("list");
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            access.requireFound(actor, HousingAccess.LIST_CONFLICTS, PLACEMENT, placementId, m::placement,
                    p -> p.participantId, entry);
            return Page.read(page, () -> m.countConflicts(placementId),
                    () -> m.conflicts(placementId, page.offset(), page.size()));
        });
    }

    @Override
    public LandlordConflict saveConflict(Actor actor, String placementId, String id, long expectedVersion,
            LandlordConflict input) {
        AuditEntry entry = module.entry(actor, id == null ? "CREATE" : "UPDATE", CONFLICT).resource(id);
        return module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            LandlordConflict stored = null;
            Placement placement;
            if (id == null) {
                placement = access.requireFound(actor, HousingAccess.CREATE_CONFLICT, PLACEMENT, placementId,
                        m::placement, p -> p.participantId, entry);
            } else {
                stored = access.requireFound(actor, HousingAccess.UPDATE_CONFLICT, CONFLICT, id, x -> {
                    LandlordConflict c = m.conflict(x);
                    return c != null && (placementId == null || c.placementId.equals(placementId)) ? c : null;
                }, c -> c.participantId, entry);
                placement = m.placement(stored.placementId);
                PreconditionRequiredException.requireVersion(expectedVersion);
            }
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            LocalDate today = module.today();
            v.requiredText("description", input.description, 2000).maxLength("resolution", input.resolution, 2000)
                    .notInFuture("resolvedOn", input.resolvedOn, today)
                    .check(input.resolvedOn == null || !Validator.isBlank(input.resolution), "resolution",
                            "is required when resolvedOn is given: say how it was resolved");
            if (stored == null) {
                v.required("openedOn", input.openedOn).notInFuture("openedOn", input.openedOn, today);
            }
            v.throwIfInvalid();
            LocalDate opened = stored == null ? input.openedOn : stored.openedOn;
            if (opened.isBefore(placement.moveInDate)) {
                throw new UnprocessableException("A landlord conflict over a placement begins once the participant "
                        + "moved in.", List.of(new FieldError("openedOn", "is before the move-in (" + placement.moveInDate
                                + ")")));
            }
            if (input.resolvedOn != null && input.resolvedOn.isBefore(opened)) {
                throw new UnprocessableException("A conflict is resolved after it began.",
                        List.of(new FieldError("resolvedOn", "is before openedOn (" + opened + ")")));
            }
            LandlordConflict c = new LandlordConflict();
            c.description = input.description.trim();
            c.resolvedOn = input.resolvedOn;
            c.resolution = trimmed(input.resolution);
            c.updatedAt = module.now();
            c.updatedBy = actor.username();
            if (stored == null) {
                c.id = UUID.randomUUID().toString();
                c.version = 1;
                c.placementId = placementId;
                c.participantId = placement.participantId;
                c.openedOn = opened;
                m.insertConflict(c);
                entry.resource(c.id);
            } else {
                c.id = id;
                if (m.updateConflict(c, expectedVersion) == 0) {
                    throw PreconditionFailedException.stale("landlord conflict", id, expectedVersion, stored.version);
                }
            }
            return m.conflict(c.id);
        });
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    @Override
    public Page<HousingContact> contacts(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", CONTACT).participant(participantId).detail("list");
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.LIST_CONTACTS, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            Page<HousingContact> p = Page.read(page, () -> m.countContacts(participantId),
                    () -> new ArrayList<HousingContact>(m.contacts(participantId, page.offset(), page.size())));
            p.items.replaceAll(c -> view((HousingMapper.ContactRow) c));
            return p;
        });
    }

    @Override
    public HousingContact logContact(Actor actor, String participantId, HousingContact input) {
        AuditEntry entry = module.entry(actor, "CREATE", CONTACT).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.LOG_CONTACT, participantId, entry);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.required("kind", input.kind).required("mode", input.mode).required("occurredAt", input.occurredAt)
                    .oneOf("mode", input.mode, MODES).maxLength("notes", input.notes, 4000)
                    .maxLength("landlordId", input.landlordId, 36).maxLength("placementId", input.placementId, 36)
                    .check(input.minutes == null || (input.minutes >= 1 && input.minutes <= 720), "minutes",
                            "must be between 1 and 720")
                    .check(input.occurredAt == null || !input.occurredAt.toInstant().isAfter(module.now().plusSeconds(300)),
                            "occurredAt", "is in the future")
                    .check(input.occurredAt == null || !input.occurredAt.toLocalDate().isBefore(
                            TimelineServiceImpl.EARLIEST), "occurredAt", "is before " + TimelineServiceImpl.EARLIEST)
                    .throwIfInvalid();
            Staff me = staff.findByUsername(system, actor.username()).orElseThrow(() -> new ForbiddenException(
                    "You may not " + HousingAccess.LOG_CONTACT.action() + ": your sign-in " + actor.username()
                            + " has no staff record, and a contact is logged for the staff member who met the participant."));
            HousingMapper m = tx.mapper(HousingMapper.class);
            if (input.landlordId != null) {
                Landlord l = m.landlord(input.landlordId);
                String site = TimelineWriter.siteOf(m, sites, enrollments, actor, participantId);
                if (l == null || !l.site.equals(site)) {
                    throw new NotFoundException("There is no landlord " + input.landlordId + " at the participant's site.");
                }
            }
            if (input.placementId != null) {
                Placement p = input.placementId.length() > 36 ? null : m.placement(input.placementId);
                if (p == null || !p.participantId.equals(participantId)) {
                    throw new NotFoundException("Participant " + participantId + " has no placement " + input.placementId
                            + ".");
                }
            }
            HousingMapper.ContactRow c = new HousingMapper.ContactRow();
            c.id = UUID.randomUUID().toString();
            c.participantId = participantId;
            c.kind = input.kind;
            c.mode = input.mode;
            c.occurredInstant = input.occurredAt.toInstant();
            c.minutes = input.minutes;
            c.landlordId = input.landlordId;
            c.placementId = input.placementId;
            c.peerAttended = input.peerAttended;
            c.notes = trimmed(input.notes);
            c.staffId = me.id;
            c.createdAt = module.now();
            c.createdBy = actor.username();
            m.insertContact(c);
            entry.resource(c.id).detail(c.kind.name());
            postContact(tx, c);
            return view(c);
        });
    }

    /** For CTI, where the site counts housing contacts: no notes, no landlord. */
    private void postContact(Tx tx, HousingMapper.ContactRow c) {
        Map<String, Object> p = new HashMap<>();
        p.put(SupportContacts.PROP_SOURCE, "housing");
        p.put(SupportContacts.PROP_CONTACT_ID, c.id);
        p.put(SupportContacts.PROP_PARTICIPANT_ID, c.participantId);
        p.put(SupportContacts.PROP_STAFF_ID, c.staffId);
        p.put(SupportContacts.PROP_OCCURRED_AT, OffsetDateTime.ofInstant(c.occurredInstant, module.zone()).toString());
        p.put(SupportContacts.PROP_MODE, c.mode);
        p.put(SupportContacts.PROP_KIND, c.kind.name());
        if (c.minutes != null) {
            p.put(SupportContacts.PROP_MINUTES, String.valueOf(c.minutes));
        }
        tx.post(SupportContacts.LOGGED, p);
    }

    private HousingContact view(HousingMapper.ContactRow row) {
        HousingContact c = new HousingContact();
        c.id = row.id;
        c.participantId = row.participantId;
        c.kind = row.kind;
        c.mode = row.mode;
        c.occurredAt = OffsetDateTime.ofInstant(row.occurredInstant, module.zone());
        c.minutes = row.minutes;
        c.landlordId = row.landlordId;
        c.placementId = row.placementId;
        c.peerAttended = row.peerAttended;
        c.notes = row.notes;
        c.staffId = row.staffId;
        c.createdAt = row.createdAt;
        c.createdBy = row.createdBy;
        return c;
    }

    // ---- the team's view ---------------------------------------------------------------------------------------

    @Override
    public Page<TeamParticipant> homeless(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", TEAM).resource(teamId).detail("homeless");
        return module.audited(entry, tx -> {
            access.requireTeam(actor, HousingAccess.TEAM_HOMELESS, teamId);
            HousingMapper m = tx.mapper(HousingMapper.class);
            long today = module.today().toEpochDay();
            Page<TeamParticipant> p = Page.read(page, () -> m.countHomeless(teamId, today),
                    () -> m.homeless(teamId, today, page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), TimelineServiceImpl.RESOURCE, p.items, t -> t.participantId,
                    t -> t.participantId, "homeless tonight"));
            return p;
        });
    }

    @Override
    public Page<TeamParticipant> atRisk(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", TEAM).resource(teamId).detail("at risk");
        return module.audited(entry, tx -> {
            access.requireTeam(actor, HousingAccess.TEAM_AT_RISK, teamId);
            HousingMapper m = tx.mapper(HousingMapper.class);
            Page<TeamParticipant> p = Page.read(page, () -> m.countAtRisk(teamId),
                    () -> m.atRisk(teamId, page.offset(), page.size()));
            tx.record(AuditEntry.readsOf(actor, module.name(), PLACEMENT, p.items, t -> t.placementId,
                    t -> t.participantId, "at risk"));
            return p;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A participant's record by id; when the path names a participant, another's record is not found. */
    private <R> R ofParticipant(Actor actor, AccessRule rule, String what, String id, Function<String, R> lookup,
            Function<R, String> participantOf, String participantId, AuditEntry entry) {
        return access.requireFound(actor, rule, what, id, x -> {
            R r = lookup.apply(x);
            return r != null && (participantId == null || participantOf.apply(r).equals(participantId)) ? r : null;
        }, participantOf, entry);
    }

    static Placement risk(Placement p) {
        p.atRisk = p.endedOn == null && (p.openConflicts > 0 || p.rentUnpaidSince != null);
        return p;
    }

    private static String trimmed(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
