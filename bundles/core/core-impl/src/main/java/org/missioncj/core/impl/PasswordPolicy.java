package org.missioncj.core.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, for staff accounts and bootstrap sign-ins alike (NIST SP 800-63B):
 * 12 to 128 characters counted as code points after NFKC normalization, no control characters,
 * not the user name, not one of the 10,000 most common passwords (also not with digits or
 * symbols merely added before or after one), and more than a few distinct characters.
 */
final class PasswordPolicy {
    static final int MIN_CODE_POINTS = 12;
    static final int MAX_CODE_POINTS = 128;
    static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The password as it is hashed and compared: NFKC, so look-alike forms of one character are one password. */
    static String normalize(char[] password) {
        return Normalizer.normalize(new String(password), Normalizer.Form.NFKC);
    }

    /** The reason the password is refused, or null when it is acceptable. */
    static String problem(String username, char[] password) {
        return problem(username, password, null);
    }

    /** As {@link #problem(String, char[])}, also refusing the person's display name with digits or symbols added. */
    static String problem(String username, char[] password, String displayName) {
        if (password == null || password.length == 0) {
            return "is required";
        }
        String p = normalize(password);
        if (p.codePoints().anyMatch(PasswordPolicy::isControl)) {
            return "must not contain control characters";
        }
        int length = p.codePointCount(0, p.length());
        if (length < MIN_CODE_POINTS) {
            return "must be at least " + MIN_CODE_POINTS + " characters";
        }
        if (length > MAX_CODE_POINTS) {
            return "must be at most " + MAX_CODE_POINTS + " characters";
        }
        if (p.isBlank()) {
            return "must not be only spaces";
        }
        if (username != null && username.trim().equalsIgnoreCase(p.trim())) {
            return "must not be the user name";
        }
        if (p.codePoints().distinct().count() < MIN_DISTINCT) {
            return "must use more than " + (MIN_DISTINCT - 1) + " different characters";
        }
        if (isNameOrPlatform(username, p) || isNameOrPlatform(displayName, p)) {
            return "must not be the user name, or the name of the program, the platform or a role, with only digits or "
                    + "symbols added; choose another, such as a few unrelated words";
        }
        if (isCommon(p)) {
            return "is one of the most common passwords (or one with only digits or symbols added); choose another,"
                    + " such as a few unrelated words";
        }
        return null;
    }

    /** Words a guesser tries first here: the program's, the platform's and the roles' names. */
    private static final List<String> CONTEXT = List.of("missioncj", "mission", "cj", "karaf", "administrator", "admin",
            "password", "court", "liaison", "case", "manager", "peer", "specialist", "navigator", "supervisor", "privacy",
            "officer", "program", "staff", "welcome", "login", "signin");

    /**
     * Whether the password's letters, with every digit, space and symbol taken out, are the user name's
     * letters, or only words of {@link #CONTEXT}: {@code signin.test123} for {@code signin.test},
     * {@code Mission-CJ-2026}, {@code administrator1}.
     */
    static boolean isNameOrPlatform(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        // as typed (digits and symbols added) and read as letters (M1ss10n)
        return onlyWords(username, letters(lower)) || onlyWords(username, letters(deLeet(lower)));
    }

    private static boolean onlyWords(String username, String letters) {
        if (letters.isEmpty()) {
            return false;
        }
        // the words a guesser tries: the name's parts (admin.two: admin, two, admintwo) and the platform's
        List<String> words = new java.util.ArrayList<>(CONTEXT);
        if (username != null) {
            String lower = username.toLowerCase(Locale.ROOT);
            for (String part : lower.split("[^\\p{L}]+")) {
                if (part.length() >= 2) {
                    words.add(part);
                }
            }
            String whole = letters(lower);
            if (whole.length() >= 2) {
                words.add(whole);
            }
        }
        // only such words, one after another, in any order, repeated
        boolean[] reach = new boolean[letters.length() + 1];
        reach[0] = true;
        for (int i = 0; i < letters.length(); i++) {
            if (!reach[i]) {
                continue;
            }
            for (String w : words) {
                if (letters.startsWith(w, i)) {
                    reach[i + w.length()] = true;
                }
            }
        }
        return reach[letters.length()];
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}]", "");
    }

    /** Digits and symbols read as the letters they stand in for: M1ss10n-CJ is mission-cj. */
    private static String deLeet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // only inside a word: the digits of a year added at the end stay digits
            boolean inWord = (i > 0 && Character.isLetter(s.charAt(i - 1)))
                    || (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)));
            if (!inWord) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '0': out.append('o'); break;
                case '1': case '!': case '|': out.append('i'); break;
                case '3': out.append('e'); break;
                case '4': case '@': out.append('a'); break;
                case '5': case '$': out.append('s'); break;
                case '7': out.append('t'); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** A common password, in any case, or one with only digits, spaces or symbols around it. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replace(" ", ""))) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String core = lower.substring(start, end);
        return core.length() >= 4 && (COMMON.contains(core) || COMMON.contains(core.replace(" ", "")));
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(16_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return words;
    }
}
