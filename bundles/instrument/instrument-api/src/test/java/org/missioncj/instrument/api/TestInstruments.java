package org.missioncj.instrument.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Result;

/** Shipped definitions by id, and answers written out item by item. */
final class TestInstruments {
    private TestInstruments() {
    }

    static Instrument shipped(String id) {
        return ShippedInstruments.all().stream().filter(i -> i.id.equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no shipped instrument " + id));
    }

    /** Items "1", "2", ... answered with these values, in order. */
    static Map<String, Integer> answers(int... values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(String.valueOf(i + 1), values[i]);
        }
        return answers;
    }

    /** The answers with one more item's answer (null for an item left unanswered on purpose). */
    static Map<String, Integer> with(Map<String, Integer> answers, String linkId, Integer value) {
        Map<String, Integer> more = new LinkedHashMap<>(answers);
        more.put(linkId, value);
        return more;
    }

    static Result.ScoreValue score(Result result, String id) {
        return result.scores.stream().filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no score " + id));
    }

    static Result.CutoffValue cutoff(Result result, String id) {
        return result.cutoffs.stream().filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no cut-off " + id));
    }
}
