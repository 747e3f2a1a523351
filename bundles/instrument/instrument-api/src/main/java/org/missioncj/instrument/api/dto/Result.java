package org.missioncj.instrument.api.dto;

import java.util.ArrayList;
import java.util.List;

/**
 * A scored screen, as the engine gives it and the store keeps it: a changed definition never rescores it. It
 * names the version scored with and the cut-off values applied.
 */
public class Result {
    public String instrumentId;
    public Integer instrumentVersion;
    public List<ScoreValue> scores = new ArrayList<>();
    public List<CutoffValue> cutoffs = new ArrayList<>();
    public List<FlagValue> flags = new ArrayList<>();
    /** Whether a cut-off marked positive was met. */
    public boolean positive;
    /** Whether a SAFETY flag was raised. */
    public boolean safety;
    /** The wording of the result: the cut-offs met (or their not-met text), the bands, the flags. */
    public String summary;

    public static class ScoreValue {
        public String id;
        public String title;
        public int value;
        /** The band the value falls in; null when the score has none. */
        public String band;
    }

    public static class CutoffValue {
        public String id;
        public String title;
        public boolean met;
        /** Whether it applied at all (a cut-off for another sex than the one answered does not). */
        public boolean applied;
        /** The values applied, per rule, in the definition's order (a site's setting included). */
        public List<Cutoff.Rule> rules = new ArrayList<>();
        public String text;
    }

    public static class FlagValue {
        public String id;
        public String title;
        public Flag.Kind kind;
        public String item;
        public int answer;
        public String text;
    }
}
