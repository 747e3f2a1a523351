package org.missioncj.housing.impl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.housing.api.HousingAccess;
import org.missioncj.housing.api.NeedsService;
import org.missioncj.housing.api.dto.Assessment;
import org.missioncj.housing.api.dto.Budget;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = NeedsService.class)
public class NeedsServiceImpl implements NeedsService {
    static final String ASSESSMENT = "housing-assessment";
    static final String BUDGET = "housing-budget";
    static final int MAX_LINES = 40;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    private final ModuleSupport module;
    private final CaseloadAccess access;

    @Activate
    public NeedsServiceImpl(@Reference(target = HousingSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access) {
        this.module = module;
        this.access = access;
    }

    @Override
    public Assessment assessment(Actor actor, String participantId, int version) {
        AuditEntry entry = module.entry(actor, "READ", ASSESSMENT).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.GET_ASSESSMENT, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            HousingMapper.AssessmentRow row = version > 0 ? m.assessment(participantId, version)
                    : m.latestAssessment(participantId);
            if (row == null) {
                throw new NotFoundException("No housing assessment" + (version > 0 ? " version " + version : "")
                        + " is recorded for participant " + participantId + ".");
            }
            return view(row);
        });
    }

    @Override
    public Assessment saveAssessment(Actor actor, String participantId, long expectedVersion, Assessment input) {
        AuditEntry entry = module.entry(actor, "UPDATE", ASSESSMENT).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.SAVE_ASSESSMENT, participantId, entry);
            Validator v = new Validator();
            if (input == null) {
                v.required("$", null).throwIfInvalid();
            }
            v.maxLength("area", input.area, 500).maxLength("householdNotes", input.householdNotes, 1000)
                    .maxLength("accessibility", input.accessibility, 1000).maxLength("pets", input.pets, 500)
                    .maxLength("barrierNotes", input.barrierNotes, 2000)
                    .check(input.householdSize == null || (input.householdSize >= 1 && input.householdSize <= 20),
                            "householdSize", "must be between 1 and 20")
                    .check(input.barriers == null || input.barriers.stream().noneMatch(java.util.Objects::isNull), "barriers", "has an empty entry")
                    .throwIfInvalid();
            money("monthlyBudget", input.monthlyBudget);
            TimelineWriter.lock(tx.mapper(HousingMapper.class), participantId);
            HousingMapper m = tx.mapper(HousingMapper.class);
            HousingMapper.AssessmentRow latest = m.latestAssessment(participantId);
            int next = nextVersion(latest == null ? 0 : latest.version, expectedVersion, "housing assessment",
                    participantId);
            HousingMapper.AssessmentRow row = new HousingMapper.AssessmentRow();
            row.participantId = participantId;
            row.version = next;
            row.area = trimmed(input.area);
            row.householdSize = input.householdSize;
            row.householdNotes = trimmed(input.householdNotes);
            row.accessibility = trimmed(input.accessibility);
            row.pets = trimmed(input.pets);
            row.monthlyBudget = input.monthlyBudget;
            Set<Assessment.Barrier> barriers = input.barriers == null || input.barriers.isEmpty()
                    ? EnumSet.noneOf(Assessment.Barrier.class) : EnumSet.copyOf(input.barriers);
            row.barrierList = barriers.stream().map(Enum::name).collect(Collectors.joining(","));
            row.barrierNotes = trimmed(input.barrierNotes);
            row.assessedAt = module.now();
            row.assessedBy = actor.username();
            m.insertAssessment(row);
            entry.detail("version " + next);
            return view(m.assessment(participantId, next));
        });
    }

    @Override
    public Budget budget(Actor actor, String participantId, int version) {
        AuditEntry entry = module.entry(actor, "READ", BUDGET).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.GET_BUDGET, participantId, entry);
            HousingMapper m = tx.mapper(HousingMapper.class);
            Budget b = version > 0 ? m.budget(participantId, version) : m.latestBudget(participantId);
            if (b == null) {
                throw new NotFoundException("No housing budget" + (version > 0 ? " version " + version : "")
                        + " is recorded for participant " + participantId + ".");
            }
            return withLines(m, b);
        });
    }

    @Override
    public Budget saveBudget(Actor actor, String participantId, long expectedVersion, Budget input) {
        AuditEntry entry = module.entry(actor, "UPDATE", BUDGET).participant(participantId).resource(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, HousingAccess.SAVE_BUDGET, participantId, entry);
            Validator v = new Validator();
            if (input == null || input.lines == null) {
                v.required(input == null ? "$" : "lines", null).throwIfInvalid();
            }
            v.check(input.lines.size() <= MAX_LINES, "lines", "has more than " + MAX_LINES + " lines");
            for (int i = 0; i < input.lines.size(); i++) {
                Budget.Line l = input.lines.get(i);
                String at = "lines[" + i + "]";
                if (l == null) {
                    v.required(at, null);
                    continue;
                }
                v.required(at + ".kind", l.kind).requiredText(at + ".label", l.label, 200).required(at + ".amount", l.amount);
            }
            v.throwIfInvalid();
            List<FieldError> bad = new ArrayList<>();
            for (int i = 0; i < input.lines.size(); i++) {
                String why = moneyProblem(input.lines.get(i).amount);
                if (why != null) {
                    bad.add(new FieldError("lines[" + i + "].amount", why));
                }
            }
            if (!bad.isEmpty()) {
                throw new UnprocessableException("A budget line's amount is per month, in dollars and cents, and never "
                        + "negative: " + bad.get(0).field + " " + bad.get(0).reason + ".", bad);
            }
            HousingMapper m = tx.mapper(HousingMapper.class);
            TimelineWriter.lock(m, participantId);
            Budget latest = m.latestBudget(participantId);
            int next = nextVersion(latest == null ? 0 : latest.version, expectedVersion, "housing budget", participantId);
            Budget b = new Budget();
            b.participantId = participantId;
            b.version = next;
            b.updatedAt = module.now();
            b.updatedBy = actor.username();
            m.insertBudget(b);
            for (int i = 0; i < input.lines.size(); i++) {
                Budget.Line l = input.lines.get(i);
                l.label = l.label.trim();
                m.insertBudgetLine(participantId, next, i, l);
            }
            entry.detail("version " + next);
            return withLines(m, m.budget(participantId, next));
        });
    }

    /** The next version: the first without If-Match, later ones with the latest version read (428, 412). */
    private static int nextVersion(int latest, long expectedVersion, String what, String participantId) {
        if (latest == 0) {
            if (expectedVersion != PreconditionRequiredException.MISSING_VERSION && expectedVersion != 0) {
                throw new PreconditionFailedException("No " + what + " is recorded for participant " + participantId
                        + " yet: save the first without If-Match.");
            }
            return 1;
        }
        PreconditionRequiredException.requireVersion(expectedVersion);
        if (expectedVersion != latest) {
            throw PreconditionFailedException.stale(what, participantId, expectedVersion, latest);
        }
        return latest + 1;
    }

    static Budget withLines(HousingMapper m, Budget b) {
        b.lines = m.budgetLines(b.participantId, b.version);
        b.income = BigDecimal.ZERO.setScale(2);
        b.rent = BigDecimal.ZERO.setScale(2);
        b.otherCosts = BigDecimal.ZERO.setScale(2);
        for (Budget.Line l : b.lines) {
            switch (l.kind) {
                case INCOME:
                    b.income = b.income.add(l.amount);
                    break;
                case RENT:
                    b.rent = b.rent.add(l.amount);
                    break;
                default:
                    b.otherCosts = b.otherCosts.add(l.amount);
            }
        }
        BigDecimal gap = b.rent.add(b.otherCosts).subtract(b.income);
        b.shortfall = gap.signum() > 0 ? gap : BigDecimal.ZERO.setScale(2);
        return b;
    }

    private static void money(String field, BigDecimal amount) {
        String why = amount == null ? null : moneyProblem(amount);
        if (why != null) {
            throw new UnprocessableException("An amount is per month, in dollars and cents, and never negative.",
                    List.of(new FieldError(field, why)));
        }
    }

    private static String moneyProblem(BigDecimal amount) {
        if (amount.signum() < 0) {
            return "is negative (" + amount.toPlainString() + ")";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "has more than two decimals";
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return "is more than " + MAX_AMOUNT.toPlainString();
        }
        return null;
    }

    static Assessment view(HousingMapper.AssessmentRow row) {
        Assessment a = new Assessment();
        a.participantId = row.participantId;
        a.version = row.version;
        a.area = row.area;
        a.householdSize = row.householdSize;
        a.householdNotes = row.householdNotes;
        a.accessibility = row.accessibility;
        a.pets = row.pets;
        a.monthlyBudget = row.monthlyBudget;
        a.barriers = new ArrayList<>();
        if (row.barrierList != null && !row.barrierList.isEmpty()) {
            for (String b : row.barrierList.split(",")) {
                a.barriers.add(Assessment.Barrier.valueOf(b));
            }
        }
        a.barrierNotes = row.barrierNotes;
        a.assessedAt = row.assessedAt;
        a.assessedBy = row.assessedBy;
        return a;
    }

    private static String trimmed(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
