package org.missioncj.linkage.impl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the directory compares names and places: folded (lower case, accents removed, any run of other characters a
 * single space), so that "Saint-Hélène", "saint helene" and "SAINT HELENE" are one. A search word is an index range,
 * {@code lo <= word < hi}, not a LIKE (which cannot use an index on PostgreSQL with a parameter).
 */
final class Words {
    /** Longest stored word; a longer one is cut (a search word too, so it still finds it). */
    static final int MAX_WORD = 64;
    static final int MAX_KEY = 255;

    /** A prefix as an index range. */
    static final class Range {
        public final String lo;
        public final String hi;

        Range(String prefix) {
            this.lo = prefix;
            this.hi = prefix + Character.MAX_VALUE;
        }
    }

    private Words() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The folded text: words of letters and digits joined by single spaces; "" for none. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        // an import folds every name and place of the directory: no decomposition for plain ASCII
        String plain = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The distinct words of the texts, folded and cut to {@link #MAX_WORD}. */
    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String t : texts) {
            for (String w : fold(t).split(" ")) {
                if (!w.isEmpty()) {
                    words.add(cut(w, MAX_WORD));
                }
            }
        }
        return words;
    }

    /** A search text as one prefix range per word (every word must match). */
    static List<Range> ranges(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String w : of(text)) {
            ranges.add(new Range(w));
        }
        return ranges;
    }

    /** A sort key: the folded name, cut to the column. */
    static String key(String name) {
        return cut(fold(name), MAX_KEY);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
