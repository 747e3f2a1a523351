package org.missioncj.vocational.impl;

import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.vocational.api.GoalService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.dto.Goal;
import org.missioncj.vocational.api.dto.GoalNote;
import org.missioncj.vocational.api.dto.GoalStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = GoalService.class)
public class GoalServiceImpl implements GoalService {
    static final String RESOURCE = "vocational-goal";
    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 2000;
    /** A goal's notes are read with it: past this many, set a new goal. */
    static final int MAX_NOTES = 500;

    private final ModuleSupport module;
    private final CaseloadAccess access;

    @Activate
    public GoalServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access) {
        this.module = module;
        this.access = access;
    }

    @Override
    public Goal create(Actor actor, Goal input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (input != null) {
            entry.participant(input.participantId);
        }
        return module.audited(entry, tx -> {
            VocationalAccess.CREATE_GOAL.requireRole(actor);
            if (input != null && input.participantId != null) {
                access.require(actor, VocationalAccess.CREATE_GOAL, input.participantId, entry);
            }
            validate(input, true);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Goal g = new Goal();
            g.id = UUID.randomUUID().toString();
            g.version = 1;
            g.participantId = input.participantId;
            fill(g, input);
            g.createdAt = module.now();
            g.createdBy = actor.username();
            g.updatedAt = g.createdAt;
            g.updatedBy = g.createdBy;
            m.insertGoal(g);
            entry.resource(g.id).detail(g.kind + " " + g.status);
            return read(m, g.id);
        });
    }

    @Override
    public Goal get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Goal g = access.requireFound(actor, VocationalAccess.GET_GOAL, RESOURCE, id, m::goal, x -> x.participantId,
                    entry);
            g.notes = m.notes(g.id);
            return g;
        });
    }

    @Override
    public Goal update(Actor actor, String id, long expectedVersion, Goal input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Goal stored = access.requireFound(actor, VocationalAccess.UPDATE_GOAL, RESOURCE, id, m::goal,
                    x -> x.participantId, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            if (input != null && input.participantId != null && !input.participantId.equals(stored.participantId)) {
                throw new org.missioncj.core.api.ValidationException("participantId", "cannot change");
            }
            validate(input, false);
            Goal g = new Goal();
            g.id = id;
            fill(g, input);
            g.updatedAt = module.now();
            g.updatedBy = actor.username();
            if (m.updateGoal(g, expectedVersion) == 0) {
                throw PreconditionFailedException.stale("vocational goal", id, expectedVersion, stored.version);
            }
            entry.detail(g.kind + " " + g.status);
            return read(m, id);
        });
    }

    @Override
    public Goal addNote(Actor actor, String goalId, GoalNote note) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(goalId).detail("progress note added");
        return module.audited(entry, tx -> {
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            access.requireFound(actor, VocationalAccess.ADD_GOAL_NOTE, RESOURCE, goalId, m::goal, x -> x.participantId,
                    entry);
            Validator v = new Validator();
            if (note == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.requiredText("text", note.text, MAX_NOTE).throwIfInvalid();
            VocationalRows.pastDay("noteDate", note.noteDate, module.today());
            if (m.countNotes(goalId) >= MAX_NOTES) {
                throw new UnprocessableException("Vocational goal " + goalId + " has " + MAX_NOTES
                        + " progress notes already: set a new goal to go on.");
            }
            GoalNote n = new GoalNote();
            n.id = UUID.randomUUID().toString();
            n.noteDate = note.noteDate == null ? module.today() : note.noteDate;
            n.text = note.text.trim();
            n.recordedAt = module.now();
            n.recordedBy = actor.username();
            m.insertNote(goalId, n);
            m.touchGoal(goalId, n.recordedAt, n.recordedBy);
            return read(m, goalId);
        });
    }

    @Override
    public Page<Goal> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId).detail("goal list");
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LIST_GOALS, participantId, entry);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            Page<Goal> goals = Page.read(page, () -> m.countGoals(participantId),
                    () -> m.goals(participantId, page.offset(), page.size()));
            goals.items.forEach(g -> g.notes = m.notes(g.id));
            return goals;
        });
    }

    private static Goal read(VocationalMapper m, String id) {
        Goal g = m.goal(id);
        g.notes = m.notes(id);
        return g;
    }

    private static void fill(Goal g, Goal input) {
        g.kind = input.kind;
        g.title = input.title.trim();
        g.targetDate = input.targetDate;
        g.status = input.status == null ? GoalStatus.OPEN : input.status;
    }

    private static void validate(Goal g, boolean creating) {
        Validator v = new Validator();
        if (g == null) {
            v.required("$", null).throwIfInvalid();
        }
        if (creating) {
            v.required("participantId", g.participantId);
        }
        v.required("kind", g.kind)
                .requiredText("title", g.title, MAX_TITLE)
                .check(g.targetDate == null || !g.targetDate.isBefore(VocationalRows.EARLIEST), "targetDate",
                        "must not be before " + VocationalRows.EARLIEST)
                .throwIfInvalid();
    }
}
