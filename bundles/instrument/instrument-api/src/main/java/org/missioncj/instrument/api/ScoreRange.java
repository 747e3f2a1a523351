package org.missioncj.instrument.api;

import java.util.Map;

import org.missioncj.instrument.api.dto.Item;
import org.missioncj.instrument.api.dto.Option;
import org.missioncj.instrument.api.dto.Score;

/**
 * The lowest and highest values a score can take, from its items' options and its method. An item that may be
 * left out (optional, or asked only on another answer) can add 0; one always answered adds at least its lowest
 * option. The bounds are safe either way: no screen scores below {@link #low} or above {@link #high}.
 */
final class ScoreRange {
    // long: summing the options of a definition with out-of-bounds values (refused on their own) cannot overflow.
    final long low;
    final long high;

    private ScoreRange(long low, long high) {
        this.low = low;
        this.high = high;
    }

    /** Null when the score or one of its items is too incomplete to tell (the definition check says why). */
    static ScoreRange of(Score score, Map<String, Item> items) {
        if (score == null || score.method == null || score.items == null
                || score.method == Score.Method.COUNT_AT_LEAST && score.atLeast == null) {
            return null;
        }
        long low = 0;
        long high = 0;
        for (String linkId : score.items) {
            Item item = linkId == null ? null : items.get(linkId);
            Integer min = null;
            Integer max = null;
            if (item != null && item.options != null) {
                for (Option option : item.options) {
                    if (option != null && option.value != null) {
                        min = min == null ? option.value : Math.min(min, option.value);
                        max = max == null ? option.value : Math.max(max, option.value);
                    }
                }
            }
            if (min == null) {
                return null;
            }
            boolean alwaysAnswered = item.enableWhen == null && !Boolean.FALSE.equals(item.required);
            if (score.method == Score.Method.SUM) {
                low += alwaysAnswered ? min : Math.min(0, min);
                high += alwaysAnswered ? max : Math.max(0, max);
            } else {
                low += alwaysAnswered && min >= score.atLeast ? 1 : 0;
                high += max >= score.atLeast ? 1 : 0;
            }
        }
        return new ScoreRange(low, high);
    }
}
