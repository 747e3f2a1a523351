package org.missioncj.instrument.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Band;
import org.missioncj.instrument.api.dto.Condition;
import org.missioncj.instrument.api.dto.Cutoff;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;
import org.missioncj.instrument.api.dto.Result;
import org.missioncj.instrument.api.dto.Score;

/**
 * Checks instrument definitions and scores answers against them. Pure functions of their arguments: the same
 * definition, answers and cut-off values always give the same result.
 */
public final class InstrumentEngine {
    private InstrumentEngine() {
    }

    /** Every problem of a definition a site wants to load, each with its JSON path; empty when it is valid. */
    public static List<FieldError> check(Instrument def) {
        return DefinitionCheck.run(def);
    }

    /** Throws a 422 naming every problem of the definition, if it has any. */
    public static void requireValid(Instrument def) {
        List<FieldError> errors = check(def);
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The instrument definition is not valid: " + errors.get(0), errors);
        }
    }

    /**
     * Scores one completed screen. The answers map each item's linkId to the value of the option chosen (a null
     * value counts as not answered); cutoffValues map a configurable cut-off's id to the site's value for it.
     * Only the {@link #usableCutoffValues usable} entries apply: one for another cut-off, or that would make the
     * cut-off always or never met, is left out and the definition's value applies (see {@link #checkCutoffValues}).
     *
     * @throws UnprocessableException when the definition is not valid, or naming every answer that is not
     *         (field {@code answers.<linkId>})
     */
    public static Result score(Instrument def, Map<String, Integer> answers, Map<String, Integer> cutoffValues) {
        requireValid(def);
        Map<String, Integer> accepted = acceptedAnswers(def, answers == null ? Map.of() : answers);
        Map<String, Integer> settings = usableCutoffValues(def, cutoffValues);

        Result result = new Result();
        result.instrumentId = def.id;
        result.instrumentVersion = def.version;
        Map<String, Integer> scoreValues = new HashMap<>();
        for (Score score : def.scores) {
            Result.ScoreValue value = new Result.ScoreValue();
            value.id = score.id;
            value.title = score.title;
            value.value = value(score, accepted);
            value.band = band(score.bands, value.value);
            scoreValues.put(score.id, value.value);
            result.scores.add(value);
        }
        for (Cutoff cutoff : def.cutoffs) {
            Result.CutoffValue value = new Result.CutoffValue();
            value.id = cutoff.id;
            value.title = cutoff.title;
            value.applied = cutoff.when == null || holds(cutoff.when, accepted);
            Integer setting = Boolean.TRUE.equals(cutoff.configurable) ? settings.get(cutoff.id) : null;
            boolean allRules = true;
            for (Cutoff.Rule rule : cutoff.rules) {
                int atLeast = setting != null ? setting : rule.atLeast;
                value.rules.add(new Cutoff.Rule(rule.score, atLeast));
                allRules &= scoreValues.get(rule.score) >= atLeast;
            }
            value.met = value.applied && allRules;
            value.text = !value.applied ? null : value.met ? cutoff.metText : cutoff.notMetText;
            result.positive |= value.met && Boolean.TRUE.equals(cutoff.positive);
            result.cutoffs.add(value);
        }
        for (Flag flag : def.flags) {
            Integer answer = accepted.get(flag.item);
            if (answer != null && answer >= flag.atLeast) {
                Result.FlagValue value = new Result.FlagValue();
                value.id = flag.id;
                value.title = flag.title;
                value.kind = flag.kind;
                value.item = flag.item;
                value.answer = answer;
                value.text = flag.text;
                result.safety |= flag.kind == Flag.Kind.SAFETY;
                result.flags.add(value);
            }
        }
        result.summary = summary(result);
        return result;
    }

    /**
     * The problems of a site's cut-off values for this instrument, in readable words, one for each entry that
     * cannot be applied; empty when every value may be. Only a configurable cut-off may be set, and only to a value
     * that some screens meet and some do not: above the lowest value its score takes, and at most its highest.
     */
    public static List<String> checkCutoffValues(Instrument def, Map<String, Integer> cutoffValues) {
        List<String> problems = new ArrayList<>();
        cutoffValues(def, cutoffValues, problems, new LinkedHashMap<>());
        return problems;
    }

    /**
     * The entries of a site's cut-off values that may be applied, those {@link #checkCutoffValues} finds no
     * problem with; a cut-off whose entry is left out keeps the definition's value.
     */
    public static Map<String, Integer> usableCutoffValues(Instrument def, Map<String, Integer> siteValues) {
        Map<String, Integer> usable = new LinkedHashMap<>();
        cutoffValues(def, siteValues, new ArrayList<>(), usable);
        return usable;
    }

    /** Sorts each entry into a problem or a usable value. */
    private static void cutoffValues(Instrument def, Map<String, Integer> cutoffValues, List<String> problems,
            Map<String, Integer> usable) {
        if (cutoffValues == null || cutoffValues.isEmpty()) {
            return;
        }
        if (def == null || def.cutoffs == null) {
            problems.add("There is no instrument to set cut-off values for.");
            return;
        }
        String name = def.title != null ? def.title : def.id;
        Map<String, Cutoff> cutoffs = new HashMap<>();
        for (Cutoff cutoff : def.cutoffs) {
            if (cutoff != null && cutoff.id != null) {
                cutoffs.putIfAbsent(cutoff.id, cutoff);
            }
        }
        Map<String, Score> scores = new HashMap<>();
        if (def.scores != null) {
            for (Score score : def.scores) {
                if (score != null && score.id != null) {
                    scores.putIfAbsent(score.id, score);
                }
            }
        }
        Map<String, Item> items = itemsByLinkId(def.items);
        // Keys in sorted order, so the same settings always read the same way.
        Set<String> ids = new TreeSet<>();
        for (String id : cutoffValues.keySet()) {
            if (id == null) {
                problems.add("A cut-off value names no cut-off.");
            } else {
                ids.add(id);
            }
        }
        for (String id : ids) {
            Cutoff cutoff = cutoffs.get(id);
            Integer value = cutoffValues.get(id);
            if (cutoff == null) {
                problems.add(id + " is not a cut-off of " + name + ".");
            } else if (!Boolean.TRUE.equals(cutoff.configurable)) {
                problems.add(id + " cannot be set: the cut-off is fixed by " + name + ".");
            } else if (value == null) {
                problems.add(id + " has no value.");
            } else if (cutoff.rules == null || cutoff.rules.size() != 1 || cutoff.rules.get(0) == null) {
                problems.add(id + " cannot be set: the cut-off does not have exactly one rule.");
            } else {
                Score score = scores.get(cutoff.rules.get(0).score);
                ScoreRange range = ScoreRange.of(score, items);
                if (range == null) {
                    problems.add(id + " cannot be set: the values its score can take are not known.");
                } else if (range.low >= range.high) {
                    problems.add(id + " cannot be set: " + label(score.title, score.id) + " is always " + range.low
                            + ".");
                } else if (value <= range.low || value > range.high) {
                    problems.add(id + " must be between " + (range.low + 1) + " and " + range.high + " (not " + value
                            + "): " + label(score.title, score.id) + " takes values from " + range.low + " to "
                            + range.high + ", so at " + value + (value <= range.low ? " every screen" : " no screen")
                            + " would meet it.");
                } else {
                    usable.put(id, value);
                }
            }
        }
    }

    /** The first item of each linkId. */
    private static Map<String, Item> itemsByLinkId(List<Item> items) {
        Map<String, Item> byId = new HashMap<>();
        if (items != null) {
            for (Item item : items) {
                if (item != null && item.linkId != null) {
                    byId.putIfAbsent(item.linkId, item);
                }
            }
        }
        return byId;
    }

    /** The answers of the items asked, in the definition's order; throws naming every answer refused. */
    private static Map<String, Integer> acceptedAnswers(Instrument def, Map<String, Integer> answers) {
        Map<String, Item> items = new HashMap<>();
        for (Item item : def.items) {
            items.put(item.linkId, item);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (String linkId : answers.keySet()) {
            if (linkId == null) {
                errors.add(new FieldError("answers", "has an answer that names no item"));
            } else if (!items.containsKey(linkId)) {
                unknown.add(linkId);
            }
        }
        for (String linkId : unknown) {
            errors.add(new FieldError("answers." + linkId, "is not an item of " + def.title));
        }
        Map<String, Integer> accepted = new LinkedHashMap<>();
        List<FieldError> missing = new ArrayList<>();
        for (Item item : def.items) {
            Integer answer = answers.get(item.linkId);
            boolean asked = item.enableWhen == null || holds(item.enableWhen, accepted);
            String field = "answers." + item.linkId;
            if (answer != null) {
                List<Integer> values = item.options.stream().map(o -> o.value).collect(Collectors.toList());
                if (!values.contains(answer)) {
                    errors.add(new FieldError(field, answer + " is not one of its options " + list(values)));
                } else if (!asked) {
                    errors.add(new FieldError(field, "is asked only when item " + item.enableWhen.item
                            + " is answered " + either(item.enableWhen.values) + "; leave it out"));
                } else {
                    accepted.put(item.linkId, answer);
                }
            } else if (asked && !Boolean.FALSE.equals(item.required)) {
                missing.add(new FieldError(field, "is required"));
            }
        }
        errors.addAll(missing);
        if (!errors.isEmpty()) {
            String named = errors.stream().map(e -> e.field + " (" + e.reason + ")").collect(Collectors.joining(", "));
            throw new UnprocessableException(errors.size() == 1 ? "1 answer is not valid: " + named
                    : errors.size() + " answers are not valid: " + named, errors);
        }
        return accepted;
    }

    private static boolean holds(Condition condition, Map<String, Integer> accepted) {
        Integer answer = accepted.get(condition.item);
        return answer != null && condition.values.contains(answer);
    }

    /** Only items asked and answered count: an item left out or not asked adds nothing. */
    private static int value(Score score, Map<String, Integer> accepted) {
        int value = 0;
        for (String linkId : score.items) {
            Integer answer = accepted.get(linkId);
            if (answer == null) {
                continue;
            }
            if (score.method == Score.Method.SUM) {
                value += answer;
            } else if (answer >= score.atLeast) {
                value++;
            }
        }
        return value;
    }

    private static String band(List<Band> bands, int value) {
        String label = null;
        for (Band band : bands) {
            if (band.from <= value) {
                label = band.label;
            }
        }
        return label;
    }

    /**
     * The result in words: the cut-offs' texts (of those that applied), every score with its band, then each flag
     * raised with what to do.
     */
    private static String summary(Result result) {
        List<String> sentences = new ArrayList<>();
        for (Result.CutoffValue cutoff : result.cutoffs) {
            if (cutoff.text != null) {
                sentences.add(sentence(cutoff.text));
            }
        }
        if (!result.scores.isEmpty()) {
            sentences.add(result.scores.stream()
                    .map(s -> label(s.title, s.id) + " " + s.value + (s.band != null ? " (" + s.band + ")" : ""))
                    .collect(Collectors.joining(", ")) + ".");
        }
        for (Result.FlagValue flag : result.flags) {
            String raised = flag.title + " (item " + flag.item + " answered " + flag.answer + ")";
            sentences.add(sentence(flag.text == null ? raised : raised + ": " + flag.text));
        }
        return String.join(" ", sentences);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    private static String label(String title, String id) {
        return title != null ? title : id;
    }

    /** "(0, 1, 2, 3)": option values lowest first. */
    static String list(Collection<Integer> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** "1", "1 or 2", "1, 2 or 3". */
    private static String either(List<Integer> values) {
        if (values.size() == 1) {
            return String.valueOf(values.get(0));
        }
        String init = values.subList(0, values.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return init + " or " + values.get(values.size() - 1);
    }
}
