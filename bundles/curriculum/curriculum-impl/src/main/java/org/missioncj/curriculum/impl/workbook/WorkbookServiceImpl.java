package org.missioncj.curriculum.impl.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.api.WorkbookAccess;
import org.missioncj.curriculum.api.WorkbookEvents;
import org.missioncj.curriculum.api.WorkbookService;
import org.missioncj.curriculum.api.dto.Exercise;
import org.missioncj.curriculum.api.dto.Workbook;
import org.missioncj.curriculum.api.dto.WorkbookEntry;
import org.missioncj.curriculum.api.dto.WorkbookExercise;
import org.missioncj.curriculum.api.dto.WorkbookReview;
import org.missioncj.curriculum.api.dto.WorkbookVersion;
import org.missioncj.curriculum.impl.CurriculumSettings;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;

/**
 * The participant workbook. Answers are checked against their exercise version's JSON Schema by the schema
 * library ({@link ExerciseSchemas}), stored as JSON text, and never overwritten: a save adds the next version
 * of the participant's entry for that exercise, on top of the version the caller read.
 */
@Component(service = WorkbookService.class)
public class WorkbookServiceImpl implements WorkbookService {
    /** Both databases keep answers and schemas in a VARCHAR of this many characters. */
    static final int MAX_JSON = 32_000;
    private static final String ENTRY = "workbook-entry";
    private static final String WHAT_ENTRY = "workbook entry";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final ExerciseSchemas schemas = new ExerciseSchemas();
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public WorkbookServiceImpl(@Reference(target = CurriculumSettings.MODULE) ModuleSupport module,
            @Reference CurriculumSettings settings, @Reference CaseloadAccess access) {
        this.module = module;
        this.access = access;
    }

    // ---- exercises: no participant data, so read without an audit record; changes are audited ----------

    @Override
    public List<Exercise> exercises(Actor actor) {
        WorkbookAccess.LIST_EXERCISES.requireRole(actor);
        return module.work(tx -> {
            List<Exercise> all = tx.mapper(WorkbookMapper.class).currentExercises();
            all.forEach(e -> e.currentVersion = e.version);
            return all;
        });
    }

    @Override
    public Exercise exercise(Actor actor, String code, Integer version) {
        WorkbookAccess.GET_EXERCISE.requireRole(actor);
        new Validator().check(version == null || version >= 1, "version", "must be 1 or more").throwIfInvalid();
        return module.work(tx -> {
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            WorkbookMapper.ExerciseRow row = exerciseRow(m, code, version);
            return toExercise(row, m.currentExerciseVersion(code));
        });
    }

    @Override
    public Exercise addExerciseVersion(Actor actor, String code, Exercise input) {
        AuditEntry entry = module.entry(actor, "CREATE", "exercise").resource(code);
        return module.audited(entry, tx -> {
            WorkbookAccess.ADD_EXERCISE_VERSION.requireRole(actor);
            Exercise in = input == null ? new Exercise() : input;
            new Validator()
                    .check(code != null && CODE.matcher(code).matches(), "code",
                            "must be 2 to 64 lowercase letters, digits and '-', starting with a letter")
                    .required("schema", in.schema)
                    .maxLength("title", in.title, 200)
                    .maxLength("description", in.description, 2000)
                    .throwIfInvalid();
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            Integer current = m.currentExerciseVersion(code);
            WorkbookMapper.ExerciseRow previous = current == null ? null : m.exercise(code, current);
            JsonNode schema = json.valueToTree(in.schema);
            WorkbookMapper.ExerciseRow row = new WorkbookMapper.ExerciseRow();
            row.code = code;
            row.version = current == null ? 1 : current + 1;
            row.title = text(in.title, schema.path("title"), previous == null ? null : previous.title);
            row.description = text(in.description, schema.path("description"),
                    previous == null ? null : previous.description);
            new Validator()
                    .check(row.title != null, "title", "is required for a new exercise (or give its schema a title)")
                    .maxLength("title", row.title, 200)
                    .maxLength("description", row.description, 2000)
                    .throwIfInvalid();
            List<FieldError> problems = schemas.problems("schema", schema);
            if (!problems.isEmpty()) {
                throw new UnprocessableException(summary("The schema is not a valid JSON Schema (draft 2020-12) of an "
                        + "exercise's answers", problems), problems);
            }
            row.jsonSchema = write(schema);
            if (row.jsonSchema.length() > MAX_JSON) {
                List<FieldError> big = List.of(new FieldError("schema", "must be at most " + MAX_JSON
                        + " characters as JSON; this one has " + row.jsonSchema.length()));
                throw new UnprocessableException(summary("The schema is too long", big), big);
            }
            row.createdAt = module.now();
            row.createdBy = actor.username();
            m.insertExercise(row);
            entry.detail("version " + row.version);
            return toExercise(row, row.version);
        });
    }

    // ---- a participant's answers ------------------------------------------------------------------------

    @Override
    public Workbook workbook(Actor actor, String participantId) {
        AuditEntry entry = module.entry(actor, "READ", "workbook").participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, WorkbookAccess.GET_WORKBOOK, participantId, entry);
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            Map<String, WorkbookExercise> answered = new HashMap<>();
            m.entriesOf(participantId).forEach(e -> answered.put(e.exercise, e));
            Workbook w = new Workbook();
            w.participantId = participantId;
            w.exercises = new ArrayList<>();
            for (Exercise x : m.currentExercises()) {
                WorkbookExercise item = answered.getOrDefault(x.code, new WorkbookExercise());
                item.exercise = x.code;
                item.title = x.title;
                item.exerciseVersion = x.version;
                item.reviewed = item.lastReviewedAt != null;
                w.exercises.add(item);
            }
            return w;
        });
    }

    @Override
    public WorkbookEntry save(Actor actor, String participantId, long expectedVersion, WorkbookEntry input) {
        AuditEntry entry = module.entry(actor, "CREATE", ENTRY).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, WorkbookAccess.SAVE_ANSWERS, participantId, entry);
            WorkbookEntry in = input == null ? new WorkbookEntry() : input;
            if (in.scribed && !actor.hasAnyRole(WorkbookAccess.SCRIBES)) {
                throw new ForbiddenException("Only a Peer Support Specialist or Peer Navigator scribes for a participant "
                        + "(scribed true), and the record names them; your roles " + actor.roles() + " do not. Save "
                        + "answers the participant wrote themselves with scribed false.");
            }
            new Validator().required("exercise", in.exercise)
                    .required("answers", in.answers)
                    .check(in.exerciseVersion == null || in.exerciseVersion >= 1, "exerciseVersion", "must be 1 or more")
                    .throwIfInvalid();
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            WorkbookMapper.ExerciseRow exercise = exerciseRow(m, in.exercise, in.exerciseVersion);
            WorkbookMapper.EntryRow current = m.entryFor(participantId, exercise.code);
            if (current == null) {
                if (expectedVersion != PreconditionRequiredException.MISSING_VERSION && expectedVersion != 0) {
                    throw new PreconditionFailedException("Participant " + participantId + " has no answers to exercise "
                            + exercise.code + " yet (your If-Match names version " + expectedVersion + "); save the "
                            + "first version without If-Match.");
                }
            } else {
                entry.resource(current.id);
                PreconditionRequiredException.requireVersion(expectedVersion);
                if (expectedVersion != current.currentVersion) {
                    throw PreconditionFailedException.stale("Workbook entry", current.id, expectedVersion,
                            current.currentVersion);
                }
            }
            JsonNode answers = json.valueToTree(in.answers);
            Schema schema = schemas.of(exercise.code, exercise.version, () -> read(exercise.jsonSchema));
            List<FieldError> errors = schemas.validate(schema, answers, "answers");
            if (!errors.isEmpty()) {
                throw new UnprocessableException(summary("The answers do not match exercise " + exercise.code
                        + " (version " + exercise.version + ")", errors), errors);
            }
            WorkbookMapper.AnswerRow row = new WorkbookMapper.AnswerRow();
            row.answers = write(answers);
            if (row.answers.length() > MAX_JSON) {
                List<FieldError> big = List.of(new FieldError("answers", "must be at most " + MAX_JSON
                        + " characters as JSON; these have " + row.answers.length()));
                throw new UnprocessableException(summary("The answers are too long to keep", big), big);
            }
            if (current == null) {
                current = new WorkbookMapper.EntryRow();
                current.id = UUID.randomUUID().toString();
                current.participantId = participantId;
                current.exerciseCode = exercise.code;
                current.currentVersion = 1;
                current.createdAt = module.now();
                m.insertEntry(current);
                row.version = 1;
            } else {
                row.version = current.currentVersion + 1;
                if (m.advanceEntry(current.id, current.currentVersion, row.version) == 0) {
                    throw PreconditionFailedException.stale("Workbook entry", current.id, expectedVersion,
                            m.entry(current.id).currentVersion);
                }
                current.currentVersion = row.version;
            }
            row.entryId = current.id;
            row.participantId = participantId;
            row.exerciseCode = exercise.code;
            row.exerciseVersion = exercise.version;
            row.scribed = in.scribed;
            row.recordedBy = actor.username();
            row.recorderRole = actingRole(actor, in.scribed ? WorkbookAccess.SCRIBES
                    : WorkbookAccess.SAVE_ANSWERS.roles());
            row.createdAt = module.now();
            m.insertAnswer(row);
            entry.resource(current.id).detail("version " + row.version + " of " + exercise.code + " (exercise version "
                    + exercise.version + ")" + (row.scribed ? ", scribed" : ""));
            Map<String, Object> props = new HashMap<>();
            props.put(WorkbookEvents.PROP_PARTICIPANT_ID, participantId);
            props.put(WorkbookEvents.PROP_ENTRY_ID, current.id);
            props.put(WorkbookEvents.PROP_EXERCISE, exercise.code);
            props.put(WorkbookEvents.PROP_EXERCISE_VERSION, exercise.version);
            props.put(WorkbookEvents.PROP_VERSION, row.version);
            props.put(WorkbookEvents.PROP_SCRIBED, Boolean.toString(row.scribed));
            props.put(WorkbookEvents.PROP_ACTOR, actor.username());
            tx.post(WorkbookEvents.SAVED, props);
            return toEntry(current, row, List.of());
        });
    }

    @Override
    public WorkbookEntry entry(Actor actor, String entryId, Integer version) {
        AuditEntry entry = module.entry(actor, "READ", ENTRY).resource(entryId);
        return module.audited(entry, tx -> {
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            WorkbookMapper.EntryRow e = access.requireFound(actor, WorkbookAccess.GET_ENTRY, WHAT_ENTRY, entryId,
                    m::entry, r -> r.participantId, entry);
            new Validator().check(version == null || version >= 1, "version", "must be 1 or more").throwIfInvalid();
            int v = version == null ? e.currentVersion : version;
            if (v > e.currentVersion) {
                throw noSuchVersion(e, v);
            }
            entry.detail("version " + v);
            return toEntry(e, m.answer(e.id, v), m.reviews(e.id, v));
        });
    }

    @Override
    public Page<WorkbookVersion> versions(Actor actor, String entryId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", ENTRY).resource(entryId).detail("versions");
        return module.audited(entry, tx -> {
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            WorkbookMapper.EntryRow e = access.requireFound(actor, WorkbookAccess.LIST_ENTRY_VERSIONS, WHAT_ENTRY,
                    entryId, m::entry, r -> r.participantId, entry);
            return Page.read(page, () -> m.countVersions(e.id), () -> m.versions(e.id, page.offset(), page.size()));
        });
    }

    @Override
    public WorkbookReview review(Actor actor, String entryId, WorkbookReview input) {
        AuditEntry entry = module.entry(actor, "CREATE", "workbook-review");
        return module.audited(entry, tx -> {
            WorkbookMapper m = tx.mapper(WorkbookMapper.class);
            WorkbookMapper.EntryRow e = access.requireFound(actor, WorkbookAccess.REVIEW_ENTRY, WHAT_ENTRY, entryId,
                    m::entry, r -> r.participantId, entry);
            WorkbookReview in = input == null ? new WorkbookReview() : input;
            new Validator().required("version", in.version)
                    .check(in.version == null || in.version >= 1, "version", "must be 1 or more")
                    .maxLength("comment", in.comment, 500)
                    .throwIfInvalid();
            if (in.version > e.currentVersion) {
                throw noSuchVersion(e, in.version);
            }
            if (m.reviewsBy(e.id, in.version, actor.username()) > 0) {
                throw new ConflictException("You have already reviewed version " + in.version + " of workbook entry "
                        + e.id + "; a version is reviewed once by each person.");
            }
            WorkbookReview r = new WorkbookReview();
            r.id = UUID.randomUUID().toString();
            r.entryId = e.id;
            r.version = in.version;
            r.comment = Validator.isBlank(in.comment) ? null : in.comment.strip();
            r.reviewedBy = actor.username();
            r.reviewerRole = actingRole(actor, WorkbookAccess.REVIEW_ENTRY.roles());
            r.reviewedAt = module.now();
            m.insertReview(r, e.participantId);
            entry.resource(r.id).detail("version " + r.version + " of " + e.exerciseCode + " (entry " + e.id + ")");
            Map<String, Object> props = new HashMap<>();
            props.put(WorkbookEvents.PROP_PARTICIPANT_ID, e.participantId);
            props.put(WorkbookEvents.PROP_ENTRY_ID, e.id);
            props.put(WorkbookEvents.PROP_EXERCISE, e.exerciseCode);
            props.put(WorkbookEvents.PROP_VERSION, r.version);
            props.put(WorkbookEvents.PROP_REVIEW_ID, r.id);
            props.put(WorkbookEvents.PROP_ACTOR, actor.username());
            tx.post(WorkbookEvents.REVIEWED, props);
            return r;
        });
    }

    /** How many compiled schemas are kept (for tests). */
    int compiledSchemas() {
        return schemas.cached();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** The exercise in the version asked for (its newest when null); 404 when there is none. */
    private static WorkbookMapper.ExerciseRow exerciseRow(WorkbookMapper m, String code, Integer version) {
        boolean named = code != null && CODE.matcher(code).matches();
        WorkbookMapper.ExerciseRow row = !named ? null : version == null ? m.currentExercise(code)
                : m.exercise(code, version);
        if (row == null) {
            Integer current = named ? m.currentExerciseVersion(code) : null;
            throw new NotFoundException(current == null
                    ? "There is no exercise " + code + "; GET /curriculum/exercises lists them."
                    : "Exercise " + code + " has no version " + version + "; its versions are 1 to " + current + ".");
        }
        return row;
    }

    private static NotFoundException noSuchVersion(WorkbookMapper.EntryRow e, int version) {
        return new NotFoundException("Workbook entry " + e.id + " has no version " + version + "; its versions are 1 to "
                + e.currentVersion + ".");
    }

    /** The role an actor acts in for a rule: the first of its roles, in the order of {@link Role}, that the rule allows. */
    private static Role actingRole(Actor actor, Set<Role> allowed) {
        for (Role r : Role.values()) {
            if (allowed.contains(r) && actor.hasRole(r)) {
                return r;
            }
        }
        // the rule let the actor in, so one of its roles is allowed; a system actor is a program admin
        return actor.roles().isEmpty() ? Role.PROGRAM_ADMIN : actor.roles().iterator().next();
    }

    /** The given text, else the schema's, else the previous version's. */
    private static String text(String given, JsonNode fromSchema, String previous) {
        if (!Validator.isBlank(given)) {
            return given.strip();
        }
        if (fromSchema.isTextual() && !Validator.isBlank(fromSchema.asText())) {
            return fromSchema.asText().strip();
        }
        return previous;
    }

    /** The message of a 422 that lists field errors: what was refused, then the first few fields and rules. */
    private static String summary(String what, List<FieldError> errors) {
        StringBuilder sb = new StringBuilder(what).append(": ");
        int shown = Math.min(errors.size(), 5);
        for (int i = 0; i < shown; i++) {
            sb.append(i > 0 ? "; " : "").append(errors.get(i).field).append(' ').append(errors.get(i).reason);
        }
        if (errors.size() > shown) {
            sb.append("; and ").append(errors.size() - shown).append(" more (see errors)");
        }
        return sb.append('.').toString();
    }

    private Exercise toExercise(WorkbookMapper.ExerciseRow row, Integer currentVersion) {
        Exercise x = new Exercise();
        x.code = row.code;
        x.version = row.version;
        x.currentVersion = currentVersion;
        x.title = row.title;
        x.description = row.description;
        x.schema = readObject(row.jsonSchema);
        x.createdAt = row.createdAt;
        x.createdBy = row.createdBy;
        return x;
    }

    private WorkbookEntry toEntry(WorkbookMapper.EntryRow e, WorkbookMapper.AnswerRow a, List<WorkbookReview> reviews) {
        WorkbookEntry w = new WorkbookEntry();
        w.id = e.id;
        w.participantId = e.participantId;
        w.exercise = e.exerciseCode;
        w.exerciseVersion = a.exerciseVersion;
        w.version = a.version;
        w.currentVersion = e.currentVersion;
        w.answers = readObject(a.answers);
        w.scribed = a.scribed;
        w.recordedBy = a.recordedBy;
        w.recorderRole = a.recorderRole;
        w.recordedAt = a.createdAt;
        w.reviews = reviews;
        return w;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new ValidationException("$", "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored workbook document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, Object> readObject(String text) {
        try {
            return json.readValue(text, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored workbook document is not a JSON object: " + e.getOriginalMessage(),
                    e);
        }
    }
}
