package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Band;
import org.missioncj.instrument.api.dto.Condition;
import org.missioncj.instrument.api.dto.Cutoff;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;
import org.missioncj.instrument.api.dto.Option;
import org.missioncj.instrument.api.dto.Score;

/** check(): a definition broken one way at a time, each problem named by its JSON path. */
class DefinitionCheckTest {

    /** gate (0/1), a (0..2, asked when gate = 1), b (0..2); two scores, two cut-offs, one flag. */
    static Instrument valid() {
        Instrument def = new Instrument();
        def.id = "mini-screen";
        def.title = "Mini screen";
        def.domain = "TRAUMA";
        def.source = "Written for these tests";
        def.items.add(item("gate", 0, 1));
        Item a = item("a", 0, 1, 2);
        a.enableWhen = condition("gate", 1);
        def.items.add(a);
        def.items.add(item("b", 0, 1, 2));
        Score total = score("total", Score.Method.SUM, "a", "b");
        total.bands.add(new Band(0, "Low"));
        total.bands.add(new Band(3, "High"));
        def.scores.add(total);
        Score count = score("count", Score.Method.COUNT_AT_LEAST, "a", "b");
        count.atLeast = 2;
        def.scores.add(count);
        Cutoff high = cutoff("high", new Cutoff.Rule("total", 3));
        high.configurable = true;
        high.positive = true;
        high.when = condition("gate", 1);
        def.cutoffs.add(high);
        def.cutoffs.add(cutoff("both", new Cutoff.Rule("total", 2), new Cutoff.Rule("count", 1)));
        Flag flag = new Flag();
        flag.id = "b-high";
        flag.title = "B high";
        flag.kind = Flag.Kind.NOTICE;
        flag.item = "b";
        flag.atLeast = 2;
        def.flags.add(flag);
        return def;
    }

    static Item item(String linkId, int... values) {
        Item item = new Item();
        item.linkId = linkId;
        item.text = "Question " + linkId;
        for (int value : values) {
            item.options.add(new Option(value, "Answer " + value));
        }
        return item;
    }

    static Condition condition(String item, Integer... values) {
        Condition condition = new Condition();
        condition.item = item;
        condition.values.addAll(java.util.Arrays.asList(values));
        return condition;
    }

    static Score score(String id, Score.Method method, String... items) {
        Score score = new Score();
        score.id = id;
        score.method = method;
        score.items.addAll(List.of(items));
        return score;
    }

    static Cutoff cutoff(String id, Cutoff.Rule... rules) {
        Cutoff cutoff = new Cutoff();
        cutoff.id = id;
        cutoff.rules.addAll(List.of(rules));
        return cutoff;
    }

    private static List<String> problems(Instrument def) {
        return InstrumentEngine.check(def).stream().map(FieldError::toString).collect(Collectors.toList());
    }

    /** Exactly this one problem. */
    private static void assertOnly(Instrument def, String field, String reason) {
        assertEquals(List.of(field + ": " + reason), problems(def));
    }

    private static String repeat(int length) {
        return "x".repeat(length);
    }

    @Test
    void theBaseDefinitionIsValid() {
        assertEquals(List.of(), problems(valid()));
        InstrumentEngine.requireValid(valid());
    }

    @Test
    void noDefinition() {
        assertEquals(List.of("instrument: is required"), problems(null));
    }

    @Test
    void idRules() {
        String rule = "must be 1 to 40 lower-case letters, digits or '-', starting with a letter or digit";
        Instrument def = valid();
        def.id = null;
        assertOnly(def, "id", "is required");
        def.id = "PHQ-9";
        assertOnly(def, "id", rule);
        def.id = "-phq";
        assertOnly(def, "id", rule);
        def.id = "phq 9";
        assertOnly(def, "id", rule);
        def.id = "a" + repeat(40).replace('x', 'b');
        assertOnly(def, "id", rule);
        def.id = "a" + repeat(39).replace('x', 'b');
        assertEquals(List.of(), problems(def));
        def.id = "9";
        assertEquals(List.of(), problems(def));
    }

    @Test
    void titleRules() {
        Instrument def = valid();
        def.title = null;
        assertOnly(def, "title", "is required");
        def.title = " \u00a0 ";
        assertOnly(def, "title", "is required");
        def.title = repeat(201);
        assertOnly(def, "title", "must be at most 200 characters");
        def.title = repeat(200);
        assertEquals(List.of(), problems(def));
    }

    @Test
    void domainRules() {
        Instrument def = valid();
        def.domain = null;
        assertOnly(def, "domain", "is required");
        def.domain = "trauma";
        assertOnly(def, "domain", "must be 1 to 40 upper-case letters or '_', starting with a letter (e.g. TRAUMA)");
        def.domain = "_TRAUMA";
        assertOnly(def, "domain", "must be 1 to 40 upper-case letters or '_', starting with a letter (e.g. TRAUMA)");
        def.domain = "SUBSTANCE_USE";
        assertEquals(List.of(), problems(def));
    }

    @Test
    void sourceAndDescriptionRules() {
        Instrument def = valid();
        def.source = null;
        assertOnly(def, "source", "is required");
        def.source = repeat(501);
        assertOnly(def, "source", "must be at most 500 characters");
        def.source = repeat(500);
        def.description = " ";
        assertOnly(def, "description", "must not be blank; leave it out instead");
    }

    @Test
    void itemCountRules() {
        Instrument def = valid();
        def.items = new ArrayList<>();
        assertTrue(problems(def).contains("items: must have 1 to 200 (has 0)"), problems(def).toString());
        def.items = null;
        assertTrue(problems(def).contains("items: must have 1 to 200 (has 0)"), problems(def).toString());
        def = valid();
        for (int i = 0; i < 198; i++) {
            def.items.add(item("extra" + i, 0));
        }
        assertOnly(def, "items", "must have 1 to 200 (has 201)");
        def.items.remove(200);
        assertEquals(List.of(), problems(def));
    }

    @Test
    void linkIdRules() {
        Instrument def = valid();
        def.items.get(2).linkId = "b c";
        assertTrue(problems(def).contains(
                "items[2].linkId: must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        def = valid();
        def.items.add(item("a", 0, 1));
        assertOnly(def, "items[3].linkId", "repeats the linkId of an earlier item: a");
        def = valid();
        def.items.add(item("Q_1.2-b", 0, 1));
        assertEquals(List.of(), problems(def));
    }

    @Test
    void itemTextRules() {
        Instrument def = valid();
        def.items.get(0).text = null;
        assertOnly(def, "items[0].text", "is required");
        def.items.get(0).text = repeat(1001);
        assertOnly(def, "items[0].text", "must be at most 1000 characters");
    }

    @Test
    void anItemMayNotBeNull() {
        Instrument def = valid();
        def.items.add(null);
        assertOnly(def, "items[3]", "is required");
    }

    @Test
    void optionRules() {
        Instrument def = valid();
        def.items.get(2).options.clear();
        assertOnly(def, "items[2].options", "must have 1 to 20 (has 0)");
        def = valid();
        for (int v = 3; v < 21; v++) {
            def.items.get(2).options.add(new Option(v, "Answer " + v));
        }
        assertOnly(def, "items[2].options", "must have 1 to 20 (has 21)");
        def = valid();
        def.items.get(2).options.get(1).value = 0;
        assertOnly(def, "items[2].options[1].value", "repeats the value 0 of an earlier option");
        def.items.get(2).options.get(1).value = 1001;
        assertOnly(def, "items[2].options[1].value", "must be between -1000 and 1000");
        def.items.get(2).options.get(1).value = -1001;
        assertOnly(def, "items[2].options[1].value", "must be between -1000 and 1000");
        def.items.get(2).options.get(1).value = null;
        assertOnly(def, "items[2].options[1].value", "is required");
        def = valid();
        def.items.get(2).options.get(1).value = -1000;
        assertEquals(List.of(), problems(def));
        def.items.get(2).options.get(1).label = null;
        assertOnly(def, "items[2].options[1].label", "is required");
        def.items.get(2).options.get(1).label = repeat(201);
        assertOnly(def, "items[2].options[1].label", "must be at most 200 characters");
        def.items.get(2).options.set(1, null);
        assertOnly(def, "items[2].options[1]", "is required");
    }

    @Test
    void enableWhenMustNameAnEarlierItem() {
        Instrument def = valid();
        def.items.get(1).enableWhen = condition("b", 1);
        assertOnly(def, "items[1].enableWhen.item", "must name an earlier item: b is not one");
        def.items.get(1).enableWhen = condition("a", 1);
        assertOnly(def, "items[1].enableWhen.item", "must name an earlier item: a is not one");
        def.items.get(1).enableWhen = condition("nowhere", 1);
        assertOnly(def, "items[1].enableWhen.item", "must name an earlier item: nowhere is not one");
        def.items.get(1).enableWhen = condition(null, 1);
        assertOnly(def, "items[1].enableWhen.item", "is required");
    }

    @Test
    void enableWhenValuesMustBeOptionsOfThatItem() {
        Instrument def = valid();
        def.items.get(1).enableWhen = condition("gate", 1, 5);
        assertOnly(def, "items[1].enableWhen.values[1]", "5 is not one of the options of item gate (0, 1)");
        def.items.get(1).enableWhen = condition("gate");
        assertOnly(def, "items[1].enableWhen.values", "must have 1 to 20 (has 0)");
        def.items.get(1).enableWhen = condition("gate", (Integer) null);
        assertOnly(def, "items[1].enableWhen.values[0]", "is required");
    }

    @Test
    void scoreIdRules() {
        Instrument def = valid();
        def.scores.get(1).id = "total";
        assertEquals(List.of("scores[1].id: repeats the id of an earlier score: total",
                "cutoffs[1].rules[1].score: count is not a score of the instrument"), problems(def));
        def.scores.get(1).id = null;
        assertTrue(problems(def).contains("scores[1].id: is required"), problems(def).toString());
        def = valid();
        def.scores.get(1).id = "a count";
        assertTrue(problems(def).contains(
                "scores[1].id: must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }

    @Test
    void scoreMethodRules() {
        Instrument def = valid();
        def.scores.get(0).method = null;
        assertOnly(def, "scores[0].method", "is required (SUM or COUNT_AT_LEAST)");
        def = valid();
        def.scores.get(1).atLeast = null;
        assertOnly(def, "scores[1].atLeast", "is required for COUNT_AT_LEAST");
        def = valid();
        def.scores.get(0).atLeast = 1;
        assertOnly(def, "scores[0].atLeast", "applies only to COUNT_AT_LEAST; leave it out for SUM");
    }

    @Test
    void scoreItemRules() {
        Instrument def = valid();
        def.scores.get(0).items.clear();
        assertOnly(def, "scores[0].items", "must have 1 to 200 (has 0)");
        def = valid();
        def.scores.get(0).items.add("zz");
        assertOnly(def, "scores[0].items[2]", "zz is not an item of the instrument");
        def = valid();
        def.scores.get(0).items.add("a");
        assertOnly(def, "scores[0].items[2]", "repeats item a: it would count twice");
        def = valid();
        def.scores.get(0).items.set(0, null);
        assertOnly(def, "scores[0].items[0]", "is required");
    }

    @Test
    void bandRules() {
        Instrument def = valid();
        def.scores.get(0).bands.get(1).from = 0;
        assertOnly(def, "scores[0].bands[1].from", "must be above the previous band's from (0)");
        def.scores.get(0).bands.get(1).from = -1;
        assertOnly(def, "scores[0].bands[1].from", "must be above the previous band's from (0)");
        def.scores.get(0).bands.get(1).from = null;
        assertOnly(def, "scores[0].bands[1].from", "is required");
        def = valid();
        def.scores.get(0).bands.get(1).label = "";
        assertOnly(def, "scores[0].bands[1].label", "is required");
        def = valid();
        for (int b = 0; b < 19; b++) {
            def.scores.get(0).bands.add(new Band(10 + b, "Band " + b));
        }
        assertOnly(def, "scores[0].bands", "must have at most 20 (has 21)");
    }

    @Test
    void listsAreBounded() {
        Instrument def = valid();
        for (int i = 0; i < 49; i++) {
            def.scores.add(score("s" + i, Score.Method.SUM, "b"));
        }
        assertOnly(def, "scores", "must have at most 50 (has 51)");
        def = valid();
        for (int i = 0; i < 49; i++) {
            def.cutoffs.add(cutoff("c" + i, new Cutoff.Rule("total", 1)));
        }
        assertOnly(def, "cutoffs", "must have at most 50 (has 51)");
        def = valid();
        for (int i = 0; i < 50; i++) {
            Flag flag = new Flag();
            flag.id = "f" + i;
            flag.title = "F";
            flag.kind = Flag.Kind.NOTICE;
            flag.item = "b";
            flag.atLeast = 1;
            def.flags.add(flag);
        }
        assertOnly(def, "flags", "must have at most 50 (has 51)");
    }

    @Test
    void cutoffIdRules() {
        Instrument def = valid();
        def.cutoffs.get(1).id = "high";
        assertOnly(def, "cutoffs[1].id", "repeats the id of an earlier cut-off: high");
        def.cutoffs.get(1).id = null;
        assertOnly(def, "cutoffs[1].id", "is required");
    }

    @Test
    void cutoffRuleRules() {
        Instrument def = valid();
        def.cutoffs.get(1).rules.clear();
        assertOnly(def, "cutoffs[1].rules", "must have 1 to 10 (has 0)");
        def = valid();
        for (int r = 0; r < 9; r++) {
            def.cutoffs.get(1).rules.add(new Cutoff.Rule("total", r));
        }
        assertOnly(def, "cutoffs[1].rules", "must have 1 to 10 (has 11)");
        def = valid();
        def.cutoffs.get(1).rules.get(1).score = "zz";
        assertOnly(def, "cutoffs[1].rules[1].score", "zz is not a score of the instrument");
        def.cutoffs.get(1).rules.get(1).score = null;
        assertOnly(def, "cutoffs[1].rules[1].score", "is required");
        def = valid();
        def.cutoffs.get(0).rules.get(0).atLeast = null;
        assertOnly(def, "cutoffs[0].rules[0].atLeast", "is required");
    }

    @Test
    void cutoffConditionRules() {
        Instrument def = valid();
        def.cutoffs.get(0).when = condition("zz", 1);
        assertOnly(def, "cutoffs[0].when.item", "must name an item: zz is not one");
        def.cutoffs.get(0).when = condition("gate", 7);
        assertOnly(def, "cutoffs[0].when.values[0]", "7 is not one of the options of item gate (0, 1)");
        def.cutoffs.get(0).when = condition("b", 2);
        assertEquals(List.of(), problems(def), "a cut-off's condition may name any item, the last one too");
    }

    @Test
    void onlyASingleRuleCutoffIsConfigurable() {
        Instrument def = valid();
        def.cutoffs.get(1).configurable = true;
        assertOnly(def, "cutoffs[1].configurable", "is allowed only for a cut-off with exactly one rule");
        def.cutoffs.get(1).configurable = false;
        assertEquals(List.of(), problems(def));
    }

    @Test
    void flagRules() {
        Instrument def = valid();
        def.flags.add(def.flags.get(0));
        assertOnly(def, "flags[1].id", "repeats the id of an earlier flag: b-high");
        def = valid();
        def.flags.get(0).item = "zz";
        assertOnly(def, "flags[0].item", "zz is not an item of the instrument");
        def.flags.get(0).item = null;
        assertOnly(def, "flags[0].item", "is required");
        def = valid();
        def.flags.get(0).atLeast = null;
        assertOnly(def, "flags[0].atLeast", "is required");
        def = valid();
        def.flags.get(0).kind = null;
        assertOnly(def, "flags[0].kind", "is required (SAFETY or NOTICE)");
        def = valid();
        def.flags.get(0).title = null;
        assertOnly(def, "flags[0].title", "is required");
    }

    @Test
    void aFlagNoOptionReachesIsRefused() {
        Instrument def = valid();
        def.flags.get(0).atLeast = 3;
        assertOnly(def, "flags[0].atLeast",
                "is 3, but no option of item b (0, 1, 2) reaches it: the flag would never be raised");
        def.flags.get(0).atLeast = 2;
        assertEquals(List.of(), problems(def), "the highest option raises it");
    }

    @Test
    void aFlagEveryAnswerRaisesIsRefused() {
        Instrument def = valid();
        def.flags.get(0).atLeast = -5;
        assertOnly(def, "flags[0].atLeast",
                "is -5, but every option of item b (0, 1, 2) is at least that: every answer would raise the flag");
        def.flags.get(0).atLeast = 0;
        assertOnly(def, "flags[0].atLeast",
                "is 0, but every option of item b (0, 1, 2) is at least that: every answer would raise the flag");
        def.flags.get(0).atLeast = 1;
        assertEquals(List.of(), problems(def), "raised by 1 or 2, as PHQ-9's item 9 is");
    }

    @Test
    void aCutoffNoScreenCanMeetIsRefused() {
        Instrument def = valid();
        def.cutoffs.get(0).rules.get(0).atLeast = 5;
        assertOnly(def, "cutoffs[0].rules[0].atLeast",
                "is 5, but score total can reach at most 4: the cut-off could never be met");
        def.cutoffs.get(0).rules.get(0).atLeast = 4;
        assertEquals(List.of(), problems(def));
        def.cutoffs.get(1).rules.get(1).atLeast = 3;
        assertOnly(def, "cutoffs[1].rules[1].atLeast",
                "is 3, but score count can reach at most 2: the cut-off could never be met");
    }

    @Test
    void aCutoffEveryScreenMeetsIsRefused() {
        Instrument def = valid();
        def.cutoffs.get(0).rules.get(0).atLeast = 0;
        assertOnly(def, "cutoffs[0].rules[0].atLeast",
                "is 0, but score total is never below 0: the cut-off would always be met");
        def.cutoffs.get(0).rules.get(0).atLeast = -3;
        assertOnly(def, "cutoffs[0].rules[0].atLeast",
                "is -3, but score total is never below 0: the cut-off would always be met");
        def.cutoffs.get(0).rules.get(0).atLeast = 1;
        assertEquals(List.of(), problems(def));
    }

    @Test
    void anItemAlwaysAnsweredCountsItsLowestOption() {
        Instrument def = valid();
        // b is required and always asked: total (a + b) is at least 1, and count (items at 2 or more) at least 1.
        def.items.set(2, item("b", 2, 3));
        def.flags.get(0).atLeast = 3;
        def.cutoffs.get(0).rules.get(0).atLeast = 2;
        assertEquals(List.of(
                "cutoffs[0].rules[0].atLeast: is 2, but score total is never below 2: the cut-off would always be met",
                "cutoffs[1].rules[0].atLeast: is 2, but score total is never below 2: the cut-off would always be met",
                "cutoffs[1].rules[1].atLeast: is 1, but score count is never below 1: the cut-off would always be met"),
                problems(def));
        def.items.get(2).required = false;
        assertEquals(List.of(), problems(def), "an optional b may be left out, adding nothing");
    }

    @Test
    void aCountNoItemCanReachIsNeverMet() {
        Instrument def = valid();
        def.scores.get(1).atLeast = 3;
        assertOnly(def, "cutoffs[1].rules[1].atLeast",
                "is 1, but score count can reach at most 0: the cut-off could never be met");
    }

    @Test
    void aCutoffOnAScoreWithItsOwnProblemIsNotCheckedAgainstIt() {
        Instrument def = valid();
        def.scores.get(0).items.add("zz");
        def.cutoffs.get(0).rules.get(0).atLeast = 99;
        assertOnly(def, "scores[0].items[2]", "zz is not an item of the instrument");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Instrument def = valid();
        def.id = "Bad Id";
        def.items.get(2).options.get(1).value = 0;
        def.scores.get(0).items.add("zz");
        def.flags.get(0).kind = null;
        assertEquals(List.of(
                "id: must be 1 to 40 lower-case letters, digits or '-', starting with a letter or digit",
                "items[2].options[1].value: repeats the value 0 of an earlier option",
                "scores[0].items[2]: zz is not an item of the instrument",
                "flags[0].kind: is required (SAFETY or NOTICE)"), problems(def));
    }

    @Test
    void requireValidThrowsWithTheFirstReasonAndEveryError() {
        Instrument def = valid();
        def.title = null;
        def.scores.get(0).items.add("zz");
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> InstrumentEngine.requireValid(def));
        assertEquals("The instrument definition is not valid: title: is required", e.getMessage());
        assertEquals(2, e.errors().size());
        assertEquals("scores[0].items[2]", e.errors().get(1).field);
        assertEquals(422, e.status());
    }
}
