package org.missioncj.curriculum.impl.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.core.api.AccessRule;
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
import org.missioncj.cti.api.ScheduleService;
import org.missioncj.cti.api.dto.ContactSchedule;
import org.missioncj.cti.api.dto.Phase;
import org.missioncj.curriculum.api.PlanAccess;
import org.missioncj.curriculum.api.PlanEvents;
import org.missioncj.curriculum.api.PlanService;
import org.missioncj.curriculum.api.dto.Diagnosis;
import org.missioncj.curriculum.api.dto.Goal;
import org.missioncj.curriculum.api.dto.GoalNote;
import org.missioncj.curriculum.api.dto.GoalStatus;
import org.missioncj.curriculum.api.dto.Pathway;
import org.missioncj.curriculum.api.dto.Plan;
import org.missioncj.curriculum.api.dto.PlanPathway;
import org.missioncj.curriculum.api.dto.PlanReason;
import org.missioncj.curriculum.api.dto.PlanStatus;
import org.missioncj.curriculum.api.dto.PlanVersion;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The recovery and treatment plan. A save is a new version on top of the one the caller read; the CTI
 * phase (from CTI's schedule) and the open enrollment (from the registry) are asked for with the module's
 * system actor, so a caller needs no CTI or registry rights beyond the plan's own rule.
 */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {
    static final int MAX_GOALS = 20;
    static final int MAX_DIAGNOSES = 10;
    static final int MAX_GOAL_TEXT = 500;
    static final int MAX_NOTE = 2000;
    static final int MAX_CODE = 16;
    static final int MAX_DIAGNOSIS_DESCRIPTION = 300;
    static final int MAX_PATHWAY_DESCRIPTION = 200;
    static final int MAX_STATED_BY = 200;
    /** A diagnosis code's shape, whatever its code system: ICD-10-CM F10.20, DSM-5 303.90, SNOMED 66590003. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");
    private static final String RESOURCE = "plan";
    private static final String NOTE = "plan-goal-note";

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final EnrollmentService enrollments;
    private final ScheduleService schedules;
    private final Actor system;

    @Activate
    public PlanServiceImpl(@Reference(target = CurriculumSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference EnrollmentService enrollments,
            @Reference ScheduleService schedules) {
        this.module = module;
        this.access = access;
        this.enrollments = enrollments;
        this.schedules = schedules;
        this.system = Actor.system(module.name());
    }

    // ---- versions ----------------------------------------------------------------------------------

    @Override
    public Plan create(Actor actor, String participantId, Plan input) {
        return save(actor, participantId, PreconditionRequiredException.MISSING_VERSION, input, PlanReason.CREATED,
                PlanAccess.CREATE_PLAN);
    }

    @Override
    public Plan revise(Actor actor, String participantId, long expectedVersion, Plan input) {
        return save(actor, participantId, expectedVersion, input, PlanReason.REVISED, PlanAccess.REVISE_PLAN);
    }

    @Override
    public Plan review(Actor actor, String participantId, long expectedVersion, Plan input) {
        return save(actor, participantId, expectedVersion, input, PlanReason.PHASE_REVIEW, PlanAccess.REVIEW_PLAN);
    }

    private Plan save(Actor actor, String participantId, long expected, Plan input, PlanReason reason, AccessRule rule) {
        String action = reason == PlanReason.CREATED ? "CREATE" : reason == PlanReason.REVISED ? "UPDATE" : "REVIEW";
        AuditEntry entry = module.entry(actor, action, RESOURCE).resource(participantId).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, rule, participantId, entry);
            if (reason != PlanReason.CREATED) {
                PreconditionRequiredException.requireVersion(expected);
            }
            LocalDate today = module.today();
            validate(input, reason, today);
            PlanMapper m = tx.mapper(PlanMapper.class);
            PlanMapper.PlanHead head = m.head(participantId);
            if (reason == PlanReason.CREATED && head != null) {
                throw new ConflictException("Participant " + participantId + " has a plan already (version "
                        + head.currentVersion + "); revise it with PUT and If-Match: \"" + head.currentVersion + "\".");
            }
            if (reason != PlanReason.CREATED) {
                if (head == null) {
                    throw new NotFoundException("Participant " + participantId
                            + " has no recovery and treatment plan yet; create it first (POST).");
                }
                if (head.currentVersion != expected) {
                    throw PreconditionFailedException.stale("The plan of participant", participantId, expected,
                            head.currentVersion);
                }
            }
            // CTI and the registry first, so the plan's rows are locked only for the writes below
            CaseFacts facts = facts(participantId);
            Integer reviewed = reason == PlanReason.PHASE_REVIEW ? reviewedPhase(participantId, facts, input.reviewedPhase)
                    : null;
            checkGoals(m, participantId, head, input.goals, today);

            int version = head == null ? 1 : head.currentVersion + 1;
            Instant now = module.now();
            if (head == null) {
                PlanMapper.PlanHead h = new PlanMapper.PlanHead();
                h.participantId = participantId;
                h.currentVersion = version;
                h.createdAt = now;
                h.createdBy = actor.username();
                h.updatedAt = now;
                m.insertHead(h); // a concurrent create of the same plan is a duplicate key: 409
            } else if (m.advance(participantId, head.currentVersion, version, now) == 0) {
                throw PreconditionFailedException.stale("The plan of participant", participantId, expected,
                        m.head(participantId).currentVersion);
            }
            Plan p = new Plan();
            p.participantId = participantId;
            p.version = version;
            p.reason = reason;
            p.reviewedPhase = reviewed;
            p.phase = facts.phase();
            p.savedAt = now;
            p.savedBy = actor.username();
            m.insertVersion(p, facts.enrollment == null ? null : facts.enrollment.id, module.today());
            int seq = 0;
            for (PlanPathway pw : input.pathways) {
                m.insertPathway(participantId, version, seq++, new PlanPathway(pw.pathway,
                        Validator.isBlank(pw.description) ? null : pw.description));
            }
            seq = 0;
            for (Goal g : input.goals == null ? List.<Goal>of() : input.goals) {
                Goal stored = new Goal();
                stored.goalId = g.goalId;
                stored.text = g.text;
                stored.targetDate = g.targetDate;
                stored.status = g.status == null ? GoalStatus.OPEN : g.status;
                if (stored.goalId == null) {
                    PlanMapper.GoalRow row = new PlanMapper.GoalRow();
                    row.goalId = UUID.randomUUID().toString();
                    row.participantId = participantId;
                    row.addedInVersion = version;
                    m.insertGoal(row);
                    stored.goalId = row.goalId;
                }
                m.insertGoalVersion(participantId, version, seq++, stored);
            }
            seq = 0;
            for (Diagnosis d : input.diagnoses == null ? List.<Diagnosis>of() : input.diagnoses) {
                m.insertDiagnosis(participantId, version, seq++, d);
            }
            entry.detail("version " + version + (reviewed == null ? "" : "; review of CTI phase " + reviewed));
            post(tx, actor, p, facts);
            return read(m, participantId, version, true);
        });
    }

    /** After commit: every version, and a review besides; ids, the version and the phase, never the content. */
    private static void post(Tx tx, Actor actor, Plan p, CaseFacts facts) {
        Map<String, Object> props = new HashMap<>();
        props.put(PlanEvents.PROP_PARTICIPANT_ID, p.participantId);
        props.put(PlanEvents.PROP_VERSION, p.version);
        props.put(PlanEvents.PROP_ACTOR, actor.username());
        if (facts.enrollment != null) {
            props.put(PlanEvents.PROP_ENROLLMENT_ID, facts.enrollment.id);
            props.put(PlanEvents.PROP_TEAM_ID, facts.enrollment.teamId);
        }
        Map<String, Object> saved = new HashMap<>(props);
        saved.put(PlanEvents.PROP_REASON, p.reason.name());
        if (p.phase != null) {
            saved.put(PlanEvents.PROP_PHASE, p.phase);
        }
        tx.post(PlanEvents.PLAN_SAVED, saved);
        if (p.reason == PlanReason.PHASE_REVIEW) {
            props.put(PlanEvents.PROP_PHASE, p.reviewedPhase);
            tx.post(PlanEvents.PLAN_REVIEWED, props);
        }
    }

    /** The phase a review is of: the participant's current CTI phase, which must have begun and not ended. */
    private static int reviewedPhase(String participantId, CaseFacts facts, Integer requested) {
        if (facts.enrollment == null) {
            throw new UnprocessableException("Participant " + participantId + " has no ENROLLED or ACTIVE enrollment, "
                    + "so there is no CTI phase to review; save a revision (PUT) instead.");
        }
        if (facts.schedule == null) {
            throw new UnprocessableException("CTI has no schedule for participant " + participantId
                    + " yet, so there is no CTI phase to review; try again in a moment.");
        }
        ContactSchedule s = facts.schedule;
        int phase = s.currentPhase;
        List<Phase> phases = s.phases;
        if (phase < 1) {
            throw new UnprocessableException("Participant " + participantId + "'s CTI phases start on "
                    + phases.get(0).start + "; a phase review is of a phase that has begun.");
        }
        if (phase > phases.size()) {
            throw new UnprocessableException("Participant " + participantId + "'s CTI phases ended on "
                    + phases.get(phases.size() - 1).end + "; there is no phase left to review.");
        }
        if (requested != null && requested != phase) {
            throw new UnprocessableException("reviewedPhase: participant " + participantId + " is in CTI phase " + phase
                    + " (" + s.currentPhaseName + ") since " + phases.get(phase - 1).start
                    + "; a review is of the current phase (leave reviewedPhase out, or send " + phase + ").");
        }
        return phase;
    }

    /**
     * The goals' ids and target dates against the stored plan (422): a goal id must be one of this plan's; a new
     * goal's target date, or one moved, is today or later, while a goal already set keeps its past target date.
     */
    private static void checkGoals(PlanMapper m, String participantId, PlanMapper.PlanHead head, List<Goal> goals,
            LocalDate today) {
        if (goals == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            String f = "goals[" + i + "]";
            if (g.goalId == null) {
                if (g.targetDate.isBefore(today)) {
                    problems.add(f + ".targetDate: " + g.targetDate + " is before today (" + today
                            + "); a new goal's target date is today or later");
                }
                continue;
            }
            PlanMapper.GoalRow row = m.goal(g.goalId);
            if (head == null || row == null || !row.participantId.equals(participantId)) {
                problems.add(f + ".goalId: " + g.goalId + " is no goal of this participant's plan; leave goalId out "
                        + "for a new goal");
                continue;
            }
            Goal before = m.goalAsOf(g.goalId, head.currentVersion);
            if (g.targetDate.isBefore(today) && (before == null || !g.targetDate.equals(before.targetDate))) {
                problems.add(f + ".targetDate: " + g.targetDate + " is before today (" + today + "); a goal keeps a "
                        + "past target date only as it was set (" + (before == null ? "none" : before.targetDate)
                        + "), a new one is today or later");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableException(String.join("; ", problems) + ".");
        }
    }

    /** Every field error at once (400). */
    private static void validate(Plan p, PlanReason reason, LocalDate today) {
        Validator v = new Validator();
        if (p == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.check(reason == PlanReason.PHASE_REVIEW || p.reviewedPhase == null, "reviewedPhase",
                "is only for a phase review (POST .../plan/reviews)");
        v.check(p.reviewedPhase == null || p.reviewedPhase >= 1, "reviewedPhase", "must be 1 or more");
        if (p.pathways == null || p.pathways.isEmpty()) {
            v.check(false, "pathways", "must name at least one pathway the participant chose");
        } else {
            Set<Pathway> seen = EnumSet.noneOf(Pathway.class);
            for (int i = 0; i < p.pathways.size(); i++) {
                PlanPathway pw = p.pathways.get(i);
                String f = "pathways[" + i + "]";
                if (pw == null) {
                    v.required(f, null);
                    continue;
                }
                v.required(f + ".pathway", pw.pathway)
                        .maxLength(f + ".description", pw.description, MAX_PATHWAY_DESCRIPTION)
                        .check(pw.pathway != Pathway.OTHER || !Validator.isBlank(pw.description), f + ".description",
                                "is required for OTHER: say which pathway")
                        .check(pw.pathway == null || seen.add(pw.pathway), f + ".pathway",
                                "lists " + pw.pathway + " a second time");
            }
        }
        if (p.goals != null) {
            v.check(p.goals.size() <= MAX_GOALS, "goals", "must be at most " + MAX_GOALS + " goals");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < p.goals.size(); i++) {
                Goal g = p.goals.get(i);
                String f = "goals[" + i + "]";
                if (g == null) {
                    v.required(f, null);
                    continue;
                }
                v.requiredText(f + ".text", g.text, MAX_GOAL_TEXT)
                        .required(f + ".targetDate", g.targetDate)
                        .maxLength(f + ".goalId", g.goalId, 64)
                        .check(g.goalId == null || ids.add(g.goalId), f + ".goalId", "lists goal " + g.goalId
                                + " a second time");
            }
        }
        if (p.diagnoses != null) {
            v.check(p.diagnoses.size() <= MAX_DIAGNOSES, "diagnoses", "must be at most " + MAX_DIAGNOSES + " diagnoses");
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < p.diagnoses.size(); i++) {
                Diagnosis d = p.diagnoses.get(i);
                String f = "diagnoses[" + i + "]";
                if (d == null) {
                    v.required(f, null);
                    continue;
                }
                v.requiredText(f + ".code", d.code, MAX_CODE)
                        .check(d.code == null || d.code.length() > MAX_CODE || Validator.isBlank(d.code)
                                || CODE.matcher(d.code).matches(), f + ".code",
                                "must be letters and digits, with '.' or '-' between (e.g. F10.20)")
                        .check(d.code == null || codes.add(d.code), f + ".code", "lists " + d.code + " a second time")
                        .requiredText(f + ".description", d.description, MAX_DIAGNOSIS_DESCRIPTION)
                        .requiredText(f + ".statedBy", d.statedBy, MAX_STATED_BY)
                        .required(f + ".statedOn", d.statedOn)
                        .notInFuture(f + ".statedOn", d.statedOn, today);
            }
        }
        v.throwIfInvalid();
    }

    // ---- reads -------------------------------------------------------------------------------------

    @Override
    public Plan current(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(participantId).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, PlanAccess.GET_PLAN, participantId, entry);
            PlanMapper m = tx.mapper(PlanMapper.class);
            PlanMapper.PlanHead head = m.head(participantId);
            if (head == null) {
                throw new NotFoundException("Participant " + participantId + " has no recovery and treatment plan yet.");
            }
            entry.detail("version " + head.currentVersion);
            return read(m, participantId, head.currentVersion, true);
        });
    }

    @Override
    public Plan version(Actor actor, String participantId, int version) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(participantId).participant(participantId)
                .detail("version " + version);
        return module.audited(entry, tx -> {
            access.require(actor, PlanAccess.GET_PLAN, participantId, entry);
            new Validator().check(version >= 1, "version", "must be 1 or more").throwIfInvalid();
            PlanMapper m = tx.mapper(PlanMapper.class);
            PlanMapper.PlanHead head = m.head(participantId);
            if (head == null) {
                throw new NotFoundException("Participant " + participantId + " has no recovery and treatment plan yet.");
            }
            if (version > head.currentVersion) {
                throw new NotFoundException("The plan of participant " + participantId + " has no version " + version
                        + "; its current version is " + head.currentVersion + ".");
            }
            return read(m, participantId, version, version == head.currentVersion);
        });
    }

    private static Plan read(PlanMapper m, String participantId, int version, boolean current) {
        Plan p = m.version(participantId, version);
        p.current = current;
        p.pathways = m.pathways(participantId, version);
        p.goals = m.goals(participantId, version);
        p.diagnoses = m.diagnoses(participantId, version);
        return p;
    }

    @Override
    public Page<PlanVersion> versions(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(participantId).participant(participantId)
                .detail("version list");
        return module.audited(entry, tx -> {
            access.require(actor, PlanAccess.LIST_PLAN_VERSIONS, participantId, entry);
            PlanMapper m = tx.mapper(PlanMapper.class);
            return Page.read(page, () -> m.countVersions(participantId),
                    () -> m.versions(participantId, page.offset(), page.size()));
        });
    }

    // ---- goal notes --------------------------------------------------------------------------------

    @Override
    public GoalNote addNote(Actor actor, String goalId, GoalNote input) {
        AuditEntry entry = module.entry(actor, "CREATE", NOTE).detail("goal " + goalId);
        return module.audited(entry, tx -> {
            PlanMapper m = tx.mapper(PlanMapper.class);
            PlanMapper.GoalRow goal = access.requireFound(actor, PlanAccess.ADD_GOAL_NOTE, "goal", goalId, m::goal,
                    g -> g.participantId, entry);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("note", input.note, MAX_NOTE).throwIfInvalid();
            int current = m.head(goal.participantId).currentVersion;
            if (m.goalInVersion(goal.participantId, current, goalId) == 0) {
                throw new UnprocessableException("Goal " + goalId + " is no longer in the plan (its current version is "
                        + current + "); progress notes go on the goals of the current plan.");
            }
            GoalNote n = new GoalNote();
            n.id = UUID.randomUUID().toString();
            n.goalId = goalId;
            n.participantId = goal.participantId;
            n.note = input.note;
            n.writtenAt = module.now();
            n.writtenBy = actor.username();
            m.insertNote(n);
            entry.resource(n.id);
            return n;
        });
    }

    @Override
    public Page<GoalNote> notes(Actor actor, String goalId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", NOTE).detail("notes of goal " + goalId);
        return module.audited(entry, tx -> {
            PlanMapper m = tx.mapper(PlanMapper.class);
            access.requireFound(actor, PlanAccess.LIST_GOAL_NOTES, "goal", goalId, m::goal, g -> g.participantId, entry);
            return Page.read(page, () -> m.countNotes(goalId), () -> m.notes(goalId, page.offset(), page.size()));
        });
    }

    // ---- review due --------------------------------------------------------------------------------

    @Override
    public PlanStatus status(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", "plan-status").resource(participantId)
                .participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, PlanAccess.GET_PLAN_STATUS, participantId, entry);
            CaseFacts facts = facts(participantId);
            return judge(tx.mapper(PlanMapper.class), participantId, facts.enrollment, facts.schedule);
        });
    }

    /**
     * The team's caseload is judged whole (a caseload is at most its limit, 25 in MISSION-CJ), because the
     * phases come from CTI's schedule of each participant; then the page is cut.
     */
    @Override
    public Page<PlanStatus> reviewsDue(Actor actor, String teamId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", "plan-status").resource(teamId).detail("plan reviews due");
        return module.audited(entry, tx -> {
            access.requireTeam(actor, PlanAccess.LIST_REVIEWS_DUE, teamId);
            PlanMapper m = tx.mapper(PlanMapper.class);
            List<PlanStatus> due = new ArrayList<>();
            for (Enrollment e : caseload(teamId)) {
                PlanStatus s = judge(m, e.participantId, e, schedule(e.participantId));
                if (s.reviewDue) {
                    due.add(s);
                }
            }
            due.sort(Comparator.comparing((PlanStatus s) -> s.dueSince).thenComparing(s -> s.participantId));
            int from = (int) Math.min(page.offset(), due.size());
            List<PlanStatus> items = new ArrayList<>(due.subList(from, Math.min(due.size(), from + page.size())));
            tx.record(AuditEntry.readsOf(actor, module.name(), "plan-status", items, s -> s.participantId,
                    s -> s.participantId, "plan reviews due of team " + teamId));
            return new Page<>(items, page, due.size());
        });
    }

    private PlanStatus judge(PlanMapper m, String participantId, Enrollment open, ContactSchedule schedule) {
        PlanMapper.PlanHead head = m.head(participantId);
        return ReviewDue.judge(participantId, open, schedule, head == null ? null : head.currentVersion,
                (phase, since) -> m.covering(participantId, phase, since) > 0, module.today());
    }

    // ---- what the registry and CTI know ------------------------------------------------------------

    /** The participant's open enrollment and CTI schedule. */
    private static final class CaseFacts {
        final Enrollment enrollment;
        final ContactSchedule schedule;

        CaseFacts(Enrollment enrollment, ContactSchedule schedule) {
            this.enrollment = enrollment;
            this.schedule = schedule;
        }

        Integer phase() {
            return schedule == null ? null : schedule.currentPhase;
        }
    }

    private CaseFacts facts(String participantId) {
        EnrollmentSearch q = new EnrollmentSearch();
        q.participantId = participantId;
        Enrollment open = null;
        for (Enrollment e : enrollments.list(system, q, PageRequest.of(0, PageRequest.MAX_SIZE)).items) {
            if (EnrollmentStatus.ON_CASELOAD.contains(e.status)) {
                open = e;
                break;
            }
        }
        return new CaseFacts(open, open == null ? null : schedule(participantId));
    }

    /** CTI's schedule of the participant's open enrollment (CTI catches up on one it has not seen); null without. */
    private ContactSchedule schedule(String participantId) {
        try {
            return schedules.schedule(system, participantId);
        } catch (NotFoundException none) {
            return null;
        }
    }

    /** The team's ENROLLED and ACTIVE enrollments, one per participant. */
    private List<Enrollment> caseload(String teamId) {
        Map<String, Enrollment> byParticipant = new LinkedHashMap<>();
        for (EnrollmentStatus status : EnrollmentStatus.ON_CASELOAD) {
            EnrollmentSearch q = new EnrollmentSearch();
            q.teamId = teamId;
            q.status = status;
            Page.each(page -> enrollments.list(system, q, page), (Enrollment e) -> byParticipant.putIfAbsent(
                    e.participantId, e));
        }
        return new ArrayList<>(byParticipant.values());
    }
}
