package org.missioncj.trauma.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.instrument.api.FhirQuestionnaires;
import org.missioncj.instrument.api.InstrumentEngine;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.trauma.api.ScreeningService;
import org.missioncj.trauma.api.TraumaAccess;
import org.missioncj.trauma.api.TraumaEvents;
import org.missioncj.trauma.api.dto.Alert;
import org.missioncj.trauma.api.dto.AlertStatus;
import org.missioncj.trauma.api.dto.RescreenDue;
import org.missioncj.trauma.api.dto.Screen;
import org.missioncj.trauma.api.dto.ScreenStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

@Component(service = ScreeningService.class)
public class ScreeningServiceImpl implements ScreeningService {
    static final String RESOURCE = "screen";
    static final String TRAUMA = "TRAUMA";
    static final int MAX_DECLINE_REASON = 200;
    static final int MAX_ANSWERS = 200;
    /** The earliest day a screen may be dated (as for an enrollment's start). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningServiceImpl.class);

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final InstrumentStore instruments;
    private final TraumaEnrollments enrollments;
    private final TraumaSettings settings;
    private final StaffService staff;
    private final Actor system;
    /** The site cut-off settings already reported as unusable, by instrument version: logged once each. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Activate
    public ScreeningServiceImpl(@Reference(target = TraumaSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference InstrumentStore instruments,
            @Reference TraumaEnrollments enrollments, @Reference TraumaSettings settings, @Reference StaffService staff) {
        this.module = module;
        this.access = access;
        this.staff = staff;
        this.system = Actor.system(module.name());
        this.instruments = instruments;
        this.enrollments = enrollments;
        this.settings = settings;
    }

    @Override
    public Screen record(Actor actor, Screen input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            TraumaAccess.RECORD_SCREEN.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, TraumaAccess.RECORD_SCREEN, input.participantId, entry);
            }
            validate(input);
            if (staff.findByUsername(system, actor.username()).isEmpty()) {
                // an alert must reach someone: it goes to the screener's team or site, so a screener has a staff record
                throw new ForbiddenException("You may not " + TraumaAccess.RECORD_SCREEN.action() + ": your sign-in "
                        + actor.username() + " has no staff record, so a safety alert it raised would reach no team or site.");
            }
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            LocalDate today = module.today();
            LocalDate day = input.screenDate == null ? today : input.screenDate;
            if (day.isAfter(today)) {
                throw new UnprocessableException("screenDate: " + day + " is in the future (today is " + today
                        + " in the site's time zone); record a screen once it was offered.");
            }
            if (day.isBefore(EARLIEST)) {
                throw new UnprocessableException("screenDate: " + day + " is before " + EARLIEST + "; check the year.");
            }
            Instrument def = instruments.definition(tx, input.instrumentId, input.instrumentVersion);
            EnrollmentFact enrollment = openEnrollment(m, input.participantId);

            TraumaMapper.ScreenRow row = new TraumaMapper.ScreenRow();
            row.id = UUID.randomUUID().toString();
            row.version = 1;
            row.participantId = input.participantId;
            row.enrollmentId = enrollment == null ? null : enrollment.enrollmentId;
            row.instrumentId = def.id;
            row.instrumentVersion = def.version;
            row.instrumentTitle = def.title;
            row.domain = def.domain;
            row.status = input.status;
            row.screenDate = day;
            row.createdAt = module.now();
            row.createdBy = actor.username();
            Result result = null;
            if (input.status == ScreenStatus.COMPLETED) {
                result = InstrumentEngine.score(def, ScreenRows.answersOf(input), siteCutoffs(def));
                row.answers = ScreenRows.text(ScreenRows.answersOf(input));
                row.result = ScreenRows.text(result);
                row.positive = result.positive;
                row.safety = result.safety;
            } else {
                row.declineReason = Validator.isBlank(input.declineReason) ? null : input.declineReason.trim();
            }
            boolean trauma = TRAUMA.equals(def.domain);
            if (trauma && row.positive) {
                row.rescreenDue = day.plusDays(settings.rescreenDays());
            }
            m.insertScreen(row);
            rescreen(m, row, trauma);

            Map<String, Object> event = event(row, enrollment, actor);
            List<String> alertIds = new ArrayList<>();
            if (result != null) {
                for (Result.FlagValue f : result.flags) {
                    if (f.kind == Flag.Kind.SAFETY) {
                        alertIds.add(raise(tx, m, row, f, enrollment));
                    }
                }
            }
            entry.resource(row.id).detail(row.instrumentId + " v" + row.instrumentVersion + " " + row.status
                    + (alertIds.isEmpty() ? "" : "; " + alertIds.size() + " safety alert" + (alertIds.size() == 1 ? "" : "s"))
                    + (row.rescreenDue == null ? "" : "; rescreen due " + row.rescreenDue));
            tx.post(TraumaEvents.SCREEN_RECORDED, event);
            if (row.rescreenDue != null) {
                Map<String, Object> positive = new HashMap<>(event);
                positive.put(TraumaEvents.PROP_RESCREEN_DUE, row.rescreenDue.toString());
                tx.post(TraumaEvents.TRAUMA_SCREEN_POSITIVE, positive);
            }
            return ScreenRows.toDto(row, alertIds);
        });
    }

    /**
     * The site's cut-off values for the instrument that it can use: one for a cut-off that is not configurable,
     * unknown, or out of the score's reach (a positive PC-PTSD-5 at 99 or at 0) is left out, so the definition's
     * value applies, and logged once.
     */
    private Map<String, Integer> siteCutoffs(Instrument def) {
        Map<String, Integer> configured = settings.cutoffs(def.id);
        if (configured.isEmpty()) {
            return configured;
        }
        Map<String, Integer> usable = InstrumentEngine.usableCutoffValues(def, configured);
        if (usable.size() < configured.size() && warned.add(def.id + "|" + def.version)) {
            LOG.warn("org.missioncj.trauma cutoffs for {} version {}: {}; the instrument's own values apply instead", def.id,
                    def.version, InstrumentEngine.checkCutoffValues(def, configured));
        }
        return usable;
    }

    /**
     * A positive trauma screen schedules the next one with the instrument; a later completed one with it takes
     * the schedule's place (a declined one leaves it: the rescreen is still to be offered).
     */
    private static void rescreen(TraumaMapper m, TraumaMapper.ScreenRow row, boolean trauma) {
        if (!trauma || row.status != ScreenStatus.COMPLETED) {
            return;
        }
        TraumaMapper.RescreenRow due = m.rescreen(row.participantId, row.instrumentId);
        if (due != null && due.screenDate.isAfter(row.screenDate)) {
            return; // a screen entered late, older than the one that scheduled the rescreen
        }
        if (due != null) {
            m.deleteRescreen(row.participantId, row.instrumentId);
        }
        if (row.rescreenDue != null) {
            TraumaMapper.RescreenRow r = new TraumaMapper.RescreenRow();
            r.participantId = row.participantId;
            r.instrumentId = row.instrumentId;
            r.screenId = row.id;
            r.screenDate = row.screenDate;
            r.dueDate = row.rescreenDue;
            m.insertRescreen(r);
        }
    }

    /** The alert, in the screen's transaction: it is on the team's list the moment the screen is. */
    private String raise(Tx tx, TraumaMapper m, TraumaMapper.ScreenRow screen, Result.FlagValue flag,
            EnrollmentFact enrollment) {
        Alert a = new Alert();
        a.id = UUID.randomUUID().toString();
        a.version = 1;
        a.participantId = screen.participantId;
        a.screenId = screen.id;
        a.instrumentId = screen.instrumentId;
        a.flagId = flag.id;
        a.title = flag.title;
        a.text = flag.text;
        a.status = AlertStatus.OPEN;
        a.raisedAt = screen.createdAt;
        // a participant at intake is on no team yet: the site where the screen was taken sees the alert
        a.site = enrollment != null ? enrollment.site
                : staff.findByUsername(system, screen.createdBy).map(s -> s.site).orElse(null);
        m.insertAlert(a);
        Map<String, Object> event = new HashMap<>();
        event.put(TraumaEvents.PROP_ALERT_ID, a.id);
        event.put(TraumaEvents.PROP_PARTICIPANT_ID, a.participantId);
        event.put(TraumaEvents.PROP_SCREEN_ID, a.screenId);
        event.put(TraumaEvents.PROP_INSTRUMENT_ID, a.instrumentId);
        event.put(TraumaEvents.PROP_FLAG_ID, a.flagId);
        event.put(TraumaEvents.PROP_TITLE, a.title);
        if (enrollment != null) {
            event.put(TraumaEvents.PROP_TEAM_ID, enrollment.teamId);
            event.put(TraumaEvents.PROP_SITE, enrollment.site);
        }
        tx.post(TraumaEvents.SAFETY_ALERT, event);
        return a.id;
    }

    private static Map<String, Object> event(TraumaMapper.ScreenRow row, EnrollmentFact enrollment, Actor actor) {
        Map<String, Object> event = new HashMap<>();
        event.put(TraumaEvents.PROP_PARTICIPANT_ID, row.participantId);
        event.put(TraumaEvents.PROP_SCREEN_ID, row.id);
        event.put(TraumaEvents.PROP_INSTRUMENT_ID, row.instrumentId);
        event.put(TraumaEvents.PROP_INSTRUMENT_VERSION, row.instrumentVersion);
        event.put(TraumaEvents.PROP_DOMAIN, row.domain);
        event.put(TraumaEvents.PROP_STATUS, row.status.name());
        event.put(TraumaEvents.PROP_SCREEN_DATE, row.screenDate.toString());
        event.put(TraumaEvents.PROP_ACTOR, actor.username());
        if (enrollment != null) {
            event.put(TraumaEvents.PROP_TEAM_ID, enrollment.teamId);
            event.put(TraumaEvents.PROP_SITE, enrollment.site);
        }
        return event;
    }

    @Override
    public Screen get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            TraumaMapper.ScreenRow row = access.requireFound(actor, TraumaAccess.GET_SCREEN, RESOURCE, id, m::screen,
                    r -> r.participantId, entry);
            return ScreenRows.toDto(row, m.alertIdsOf(row.id));
        });
    }

    @Override
    public ObjectNode questionnaireResponse(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id).detail("FHIR QuestionnaireResponse");
        return module.audited(entry, tx -> {
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            TraumaMapper.ScreenRow row = access.requireFound(actor, TraumaAccess.GET_SCREEN_RESPONSE, RESOURCE, id,
                    m::screen, r -> r.participantId, entry);
            if (row.status != ScreenStatus.COMPLETED) {
                throw new NotFoundException("Screen " + id + " was declined: it has no answers to export.");
            }
            Screen s = ScreenRows.toDto(row, List.of());
            Instrument def = instruments.definition(tx, row.instrumentId, row.instrumentVersion);
            return FhirQuestionnaires.questionnaireResponse(def, s.id, s.participantId, s.createdAt, s.answers, s.result);
        });
    }

    @Override
    public Page<Screen> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("screen list");
        return module.audited(entry, tx -> {
            TraumaAccess.LIST_SCREENS.requireRole(actor);
            new Validator().required("participantId", participantId).throwIfInvalid();
            access.require(actor, TraumaAccess.LIST_SCREENS, participantId, entry);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            return Page.read(page, () -> m.countScreens(participantId), () -> {
                List<Screen> out = new ArrayList<>();
                for (TraumaMapper.ScreenRow row : m.screens(participantId, page.offset(), page.size())) {
                    out.add(ScreenRows.toDto(row, m.alertIdsOf(row.id)));
                }
                return out;
            });
        });
    }

    @Override
    public Page<RescreenDue> rescreensDue(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).detail("rescreens due of team " + teamId);
        return module.audited(entry, tx -> {
            access.requireTeam(actor, TraumaAccess.LIST_RESCREENS_DUE, teamId);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            LocalDate today = module.today();
            Page<RescreenDue> due = Page.read(page, () -> m.countRescreensDue(teamId),
                    () -> m.rescreensDue(teamId, page.offset(), page.size()));
            for (RescreenDue r : due.items) {
                r.overdue = r.dueDate.isBefore(today);
            }
            tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, due.items, r -> r.screenId, r -> r.participantId,
                    "rescreen due"));
            return due;
        });
    }

    /** The participant's open enrollment in the copy, caught up from the registry if it has not arrived yet; null when none. */
    private EnrollmentFact openEnrollment(TraumaMapper m, String participantId) {
        List<EnrollmentFact> open = m.openEnrollments(participantId);
        if (open.isEmpty() && enrollments.catchUp(participantId)) {
            open = m.openEnrollments(participantId);
        }
        return open.isEmpty() ? null : open.get(0);
    }

    private static void validate(Screen s) {
        Validator v = new Validator();
        if (s == null) {
            v.required("$", null).throwIfInvalid();
        }
        Map<String, Integer> answers = ScreenRows.answersOf(s);
        v.required("participantId", s.participantId)
                .requiredText("instrumentId", s.instrumentId, 40)
                .required("status", s.status)
                .check(s.instrumentVersion == null || s.instrumentVersion >= 1, "instrumentVersion", "must be 1 or more")
                .maxLength("declineReason", s.declineReason, MAX_DECLINE_REASON)
                .check(s.status != ScreenStatus.DECLINED || answers.isEmpty(), "answers",
                        "a declined screen has no answers: leave them out")
                .check(s.status != ScreenStatus.COMPLETED || Validator.isBlank(s.declineReason), "declineReason",
                        "only for a DECLINED screen")
                .check(answers.size() <= MAX_ANSWERS, "answers", "at most " + MAX_ANSWERS + " answers")
                .throwIfInvalid();
    }
}
