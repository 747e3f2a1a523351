package org.missioncj.registry.impl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.missioncj.registry.api.dto.Participant;

/**
 * The words a participant search compares: each word of the given, middle, family and preferred names,
 * case-folded with accents removed, so that "aver" finds Avery and "jose" finds José. A hyphenated or
 * apostrophized word is kept whole and gives each of its parts too ("smith-jones" gives "smith" and "jones").
 * Search words are normalized the same way and match a word's start: one index range each
 * ({@link #prefix}), with {@code %} and {@code _} taken literally.
 */
final class NameTokens {
    /** The column's width. */
    static final int MAX = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern PARTS = Pattern.compile("[-']+");

    private NameTokens() {
    }

    /**
     * One word as it is stored and searched: NFKD, without marks and invisible characters, lower case, the letters
     * that have no decomposition spelled as people type them without (ß as ss, ı as i, ø as o, ...), apostrophes and
     * dashes as ' and -, NFC.
     */
    static String normalize(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = fold(s);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return s.length() <= MAX ? s : s.substring(0, MAX);
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00df' -> out.append("ss"); // ß (ẞ lower-cases to it)
                case '\u0131' -> out.append('i'); // dotless ı
                case '\u00e6' -> out.append("ae");
                case '\u0153' -> out.append("oe");
                case '\u00f8' -> out.append('o');
                case '\u0142' -> out.append('l');
                case '\u0111', '\u00f0' -> out.append('d');
                case '\u00fe' -> out.append("th");
                case '\u2018', '\u2019', '\u02bc', '\u02b9', '\u0060', '\u00b4' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The search words of a query text, normalized, in order, without empty ones. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : SPACE.split(Normalizer.normalize(text, Normalizer.Form.NFKC).strip())) {
            String n = normalize(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The distinct tokens of a participant's names. */
    static Set<String> of(Participant p) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : new String[] {p.givenName, p.middleName, p.familyName, p.preferredName}) {
            for (String w : words(name)) {
                tokens.add(w);
                for (String part : PARTS.split(w)) {
                    if (!part.isEmpty() && !part.equals(w)) {
                        tokens.add(part);
                    }
                }
            }
        }
        return tokens;
    }

    /**
     * A search word as the index range of the tokens it starts: {@code lo <= token < hi}. {@code hi} is
     * {@code lo} with its last character raised by one, which both databases order the same way (Derby by
     * UTF-16 unit, PostgreSQL's collation "C" by code point) as long as that character is not a surrogate;
     * then {@code hi} is null and {@code like} (escaped) narrows the open range.
     */
    static final class Prefix {
        public final String lo;
        public final String hi;
        public final String like;

        Prefix(String word) {
            this.lo = word;
            char last = word.charAt(word.length() - 1);
            if (Character.isSurrogate(last) || last == Character.MAX_VALUE || Character.isSurrogate((char) (last + 1))) {
                this.hi = null;
                this.like = ParticipantServiceImpl.escapeLike(word) + "%";
            } else {
                this.hi = word.substring(0, word.length() - 1) + (char) (last + 1);
                this.like = null;
            }
        }
    }

    static List<Prefix> prefixes(List<String> words) {
        List<Prefix> out = new ArrayList<>();
        for (String w : words) {
            out.add(new Prefix(w));
        }
        return out;
    }
}
