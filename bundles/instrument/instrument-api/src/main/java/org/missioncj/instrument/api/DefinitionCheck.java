package org.missioncj.instrument.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.Validator;
import org.missioncj.instrument.api.dto.Band;
import org.missioncj.instrument.api.dto.Condition;
import org.missioncj.instrument.api.dto.Cutoff;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;
import org.missioncj.instrument.api.dto.Option;
import org.missioncj.instrument.api.dto.Score;

/** The rules a definition meets before a site may load it, each problem with its JSON path. */
final class DefinitionCheck {
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    static final Pattern DOMAIN = Pattern.compile("^[A-Z][A-Z_]{0,39}$");
    static final int MAX_ITEMS = 200;
    static final int MAX_OPTIONS = 20;
    static final int MIN_VALUE = -1000;
    static final int MAX_VALUE = 1000;
    static final int MAX_SCORES = 50;
    static final int MAX_CUTOFFS = 50;
    static final int MAX_FLAGS = 50;
    static final int MAX_BANDS = 20;
    static final int MAX_RULES = 10;
    static final int MAX_DESCRIPTION = 4000;

    private static final String KEY_RULE = "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private final List<FieldError> errors = new ArrayList<>();
    /** Option values of each valid item, by linkId; the first item wins when a linkId repeats. */
    private final Map<String, Set<Integer>> optionsByItem = new HashMap<>();
    /** Each valid item, by linkId; the first item wins when a linkId repeats. */
    private final Map<String, Item> itemsByLinkId = new HashMap<>();
    private final Set<String> scoreIds = new HashSet<>();
    /** The scores without a problem of their own, by id: only their range is worth checking cut-offs against. */
    private final Map<String, Score> soundScores = new HashMap<>();
    /** False when the list was too long to check: references into it are then not checked either. */
    private boolean itemsKnown;
    private boolean scoresKnown;

    private DefinitionCheck() {
    }

    static List<FieldError> run(Instrument def) {
        DefinitionCheck check = new DefinitionCheck();
        if (def == null) {
            check.add("instrument", "is required");
        } else {
            check.instrument(def);
        }
        return check.errors;
    }

    private void instrument(Instrument def) {
        if (def.id == null || def.id.isEmpty()) {
            add("id", "is required");
        } else if (!ID.matcher(def.id).matches()) {
            add("id", "must be 1 to 40 lower-case letters, digits or '-', starting with a letter or digit");
        }
        text("title", def.title, 200, true);
        if (def.domain == null || def.domain.isEmpty()) {
            add("domain", "is required");
        } else if (!DOMAIN.matcher(def.domain).matches()) {
            add("domain", "must be 1 to 40 upper-case letters or '_', starting with a letter (e.g. TRAUMA)");
        }
        text("description", def.description, MAX_DESCRIPTION, false);
        text("source", def.source, 500, true);
        items(def.items);
        scores(def.scores);
        cutoffs(def.cutoffs);
        flags(def.flags);
    }

    private void items(List<Item> items) {
        if (!size("items", items, 1, MAX_ITEMS)) {
            return;
        }
        itemsKnown = true;
        for (int i = 0; i < items.size(); i++) {
            String path = "items[" + i + "]";
            Item item = items.get(i);
            if (item == null) {
                add(path, "is required");
                continue;
            }
            boolean keyOk = key(path + ".linkId", item.linkId);
            if (keyOk && optionsByItem.containsKey(item.linkId)) {
                add(path + ".linkId", "repeats the linkId of an earlier item: " + item.linkId);
                keyOk = false;
            }
            text(path + ".text", item.text, 1000, true);
            if (item.enableWhen != null) {
                // Checked against the earlier items only: the engine decides whether an item is asked in order.
                condition(path + ".enableWhen", item.enableWhen);
            }
            Set<Integer> values = options(path, item.options);
            if (keyOk) {
                optionsByItem.put(item.linkId, values);
                itemsByLinkId.put(item.linkId, item);
            }
        }
    }

    private Set<Integer> options(String itemPath, List<Option> options) {
        Set<Integer> values = new LinkedHashSet<>();
        if (!size(itemPath + ".options", options, 1, MAX_OPTIONS)) {
            return values;
        }
        for (int j = 0; j < options.size(); j++) {
            String path = itemPath + ".options[" + j + "]";
            Option option = options.get(j);
            if (option == null) {
                add(path, "is required");
                continue;
            }
            if (option.value == null) {
                add(path + ".value", "is required");
            } else if (option.value < MIN_VALUE || option.value > MAX_VALUE) {
                add(path + ".value", "must be between " + MIN_VALUE + " and " + MAX_VALUE);
            } else if (!values.add(option.value)) {
                add(path + ".value", "repeats the value " + option.value + " of an earlier option");
            }
            text(path + ".label", option.label, 200, true);
        }
        return values;
    }

    /** A condition on an item already seen (for enableWhen: an earlier one; for a cut-off: any one). */
    private void condition(String path, Condition condition) {
        Set<Integer> values = null;
        if (condition.item == null || condition.item.isEmpty()) {
            add(path + ".item", "is required");
        } else {
            values = optionsByItem.get(condition.item);
            if (values == null && itemsKnown) {
                add(path + ".item", path.startsWith("items[")
                        ? "must name an earlier item: " + condition.item + " is not one"
                        : "must name an item: " + condition.item + " is not one");
            }
        }
        if (!size(path + ".values", condition.values, 1, MAX_OPTIONS)) {
            return;
        }
        for (int k = 0; k < condition.values.size(); k++) {
            Integer value = condition.values.get(k);
            if (value == null) {
                add(path + ".values[" + k + "]", "is required");
            } else if (values != null && !values.contains(value)) {
                add(path + ".values[" + k + "]", value + " is not one of the options of item " + condition.item
                        + " " + InstrumentEngine.list(values));
            }
        }
    }

    private void scores(List<Score> scores) {
        scoresKnown = scores == null || scores.size() <= MAX_SCORES;
        if (!size("scores", scores, 0, MAX_SCORES)) {
            return;
        }
        for (int i = 0; i < scores.size(); i++) {
            String path = "scores[" + i + "]";
            Score score = scores.get(i);
            if (score == null) {
                add(path, "is required");
                continue;
            }
            int problemsBefore = errors.size();
            boolean idOk = key(path + ".id", score.id);
            if (idOk && !scoreIds.add(score.id)) {
                add(path + ".id", "repeats the id of an earlier score: " + score.id);
                idOk = false;
            }
            text(path + ".title", score.title, 200, false);
            if (score.method == null) {
                add(path + ".method", "is required (SUM or COUNT_AT_LEAST)");
            } else if (score.method == Score.Method.COUNT_AT_LEAST && score.atLeast == null) {
                add(path + ".atLeast", "is required for COUNT_AT_LEAST");
            } else if (score.method == Score.Method.SUM && score.atLeast != null) {
                add(path + ".atLeast", "applies only to COUNT_AT_LEAST; leave it out for SUM");
            }
            if (size(path + ".items", score.items, 1, MAX_ITEMS)) {
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < score.items.size(); k++) {
                    String item = score.items.get(k);
                    String itemPath = path + ".items[" + k + "]";
                    if (item == null || item.isEmpty()) {
                        add(itemPath, "is required");
                    } else if (itemsKnown && !optionsByItem.containsKey(item)) {
                        add(itemPath, item + " is not an item of the instrument");
                    } else if (!seen.add(item)) {
                        add(itemPath, "repeats item " + item + ": it would count twice");
                    }
                }
            }
            bands(path, score.bands);
            if (idOk && itemsKnown && errors.size() == problemsBefore) {
                soundScores.put(score.id, score);
            }
        }
    }

    private void bands(String scorePath, List<Band> bands) {
        if (!size(scorePath + ".bands", bands, 0, MAX_BANDS)) {
            return;
        }
        Integer previous = null;
        for (int b = 0; b < bands.size(); b++) {
            String path = scorePath + ".bands[" + b + "]";
            Band band = bands.get(b);
            if (band == null) {
                add(path, "is required");
                continue;
            }
            if (band.from == null) {
                add(path + ".from", "is required");
            } else {
                if (previous != null && band.from <= previous) {
                    add(path + ".from", "must be above the previous band's from (" + previous + ")");
                }
                previous = band.from;
            }
            text(path + ".label", band.label, 200, true);
        }
    }

    private void cutoffs(List<Cutoff> cutoffs) {
        if (!size("cutoffs", cutoffs, 0, MAX_CUTOFFS)) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cutoffs.size(); i++) {
            String path = "cutoffs[" + i + "]";
            Cutoff cutoff = cutoffs.get(i);
            if (cutoff == null) {
                add(path, "is required");
                continue;
            }
            if (key(path + ".id", cutoff.id) && !ids.add(cutoff.id)) {
                add(path + ".id", "repeats the id of an earlier cut-off: " + cutoff.id);
            }
            text(path + ".title", cutoff.title, 200, false);
            text(path + ".metText", cutoff.metText, 1000, false);
            text(path + ".notMetText", cutoff.notMetText, 1000, false);
            boolean rulesOk = size(path + ".rules", cutoff.rules, 1, MAX_RULES);
            if (rulesOk) {
                for (int r = 0; r < cutoff.rules.size(); r++) {
                    String rulePath = path + ".rules[" + r + "]";
                    Cutoff.Rule rule = cutoff.rules.get(r);
                    if (rule == null) {
                        add(rulePath, "is required");
                        continue;
                    }
                    if (rule.score == null || rule.score.isEmpty()) {
                        add(rulePath + ".score", "is required");
                    } else if (scoresKnown && !scoreIds.contains(rule.score)) {
                        add(rulePath + ".score", rule.score + " is not a score of the instrument");
                    }
                    if (rule.atLeast == null) {
                        add(rulePath + ".atLeast", "is required");
                    } else {
                        reachable(rulePath + ".atLeast", rule);
                    }
                }
            }
            if (cutoff.when != null) {
                condition(path + ".when", cutoff.when);
            }
            if (Boolean.TRUE.equals(cutoff.configurable) && rulesOk && cutoff.rules.size() != 1) {
                add(path + ".configurable", "is allowed only for a cut-off with exactly one rule");
            }
        }
    }

    private void flags(List<Flag> flags) {
        if (!size("flags", flags, 0, MAX_FLAGS)) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < flags.size(); i++) {
            String path = "flags[" + i + "]";
            Flag flag = flags.get(i);
            if (flag == null) {
                add(path, "is required");
                continue;
            }
            if (key(path + ".id", flag.id) && !ids.add(flag.id)) {
                add(path + ".id", "repeats the id of an earlier flag: " + flag.id);
            }
            text(path + ".title", flag.title, 200, true);
            if (flag.kind == null) {
                add(path + ".kind", "is required (SAFETY or NOTICE)");
            }
            if (flag.item == null || flag.item.isEmpty()) {
                add(path + ".item", "is required");
            } else if (itemsKnown && !optionsByItem.containsKey(flag.item)) {
                add(path + ".item", flag.item + " is not an item of the instrument");
            }
            if (flag.atLeast == null) {
                add(path + ".atLeast", "is required");
            } else {
                raisable(path + ".atLeast", flag);
            }
            text(path + ".text", flag.text, 1000, false);
        }
    }

    /** A rule some screens meet and some do not: one always met or never met says nothing about the screen. */
    private void reachable(String path, Cutoff.Rule rule) {
        Score score = soundScores.get(rule.score);
        ScoreRange range = ScoreRange.of(score, itemsByLinkId);
        if (range == null) {
            return;
        }
        String name = "score " + score.id;
        if (rule.atLeast > range.high) {
            add(path, "is " + rule.atLeast + ", but " + name + " can reach at most " + range.high
                    + ": the cut-off could never be met");
        } else if (rule.atLeast <= range.low) {
            add(path, "is " + rule.atLeast + ", but " + name + " is never below " + range.low
                    + ": the cut-off would always be met");
        }
    }

    /** A flag some answers raise and some do not: one raised by every answer, or by none, tells the team nothing. */
    private void raisable(String path, Flag flag) {
        Set<Integer> values = flag.item == null ? null : optionsByItem.get(flag.item);
        if (values == null || values.isEmpty()) {
            return;
        }
        int min = values.stream().min(Integer::compare).get();
        int max = values.stream().max(Integer::compare).get();
        String options = "item " + flag.item + " " + InstrumentEngine.list(values);
        if (flag.atLeast > max) {
            add(path, "is " + flag.atLeast + ", but no option of " + options + " reaches it: the flag would never"
                    + " be raised");
        } else if (flag.atLeast <= min) {
            add(path, "is " + flag.atLeast + ", but every option of " + options + " is at least that: every answer"
                    + " would raise the flag");
        }
    }

    private boolean key(String path, String value) {
        if (value == null || value.isEmpty()) {
            add(path, "is required");
            return false;
        }
        if (!KEY.matcher(value).matches()) {
            add(path, KEY_RULE);
            return false;
        }
        return true;
    }

    private void text(String path, String value, int max, boolean required) {
        if (value == null || Validator.isBlank(value)) {
            if (required) {
                add(path, "is required");
            } else if (value != null) {
                add(path, "must not be blank; leave it out instead");
            }
        } else if (value.length() > max) {
            add(path, "must be at most " + max + " characters");
        }
    }

    /** Whether the list is there and within its bounds; its elements are checked only then. */
    private boolean size(String path, List<?> list, int min, int max) {
        int size = list == null ? 0 : list.size();
        if (size < min || size > max) {
            add(path, "must have " + (min == 0 ? "at most " + max : min + " to " + max) + " (has " + size + ")");
            return false;
        }
        return size > 0;
    }

    private void add(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }
}
