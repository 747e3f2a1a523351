package org.missioncj.cti.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which other modules' support contacts CTI counts as contacts, and where: the site's {@code countSupportContacts},
 * each entry {@code <source>} (every site) or {@code <source>@<site>} (that site only, compared exactly as the
 * team's site is stored). Nothing counts unless an entry names it.
 */
final class CountedSources {
    private static final Logger LOG = LoggerFactory.getLogger(CountedSources.class);
    /** A module's name, as it posts it in {@code source}. */
    private static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");
    /** A site as the registry stores it (StaffServiceImpl.SITE, trimmed). */
    private static final Pattern SITE = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9 ._-]{0,62}[A-Za-z0-9._-])?$");

    static final CountedSources NONE = new CountedSources(Set.of(), Set.of(), List.of());

    private final Set<String> everywhere;
    /** {@code source + '\0' + site}. */
    private final Set<String> atSite;
    private final List<String> unreadable;

    private CountedSources(Set<String> everywhere, Set<String> atSite, List<String> unreadable) {
        this.everywhere = Set.copyOf(everywhere);
        this.atSite = Set.copyOf(atSite);
        this.unreadable = List.copyOf(unreadable);
    }

    /**
     * The entries of the configuration; each value may hold several, comma-separated (a {@code .cfg} line). An entry
     * that cannot be read is logged as a warning and left out, so a typo counts nothing rather than stopping CTI.
     */
    static CountedSources parse(String[] values) {
        Set<String> everywhere = new HashSet<>();
        Set<String> atSite = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            for (String raw : value == null ? new String[0] : value.split(",")) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                int at = entry.indexOf('@');
                String source = (at < 0 ? entry : entry.substring(0, at)).trim();
                String site = at < 0 ? null : entry.substring(at + 1).trim();
                if (!SOURCE.matcher(source).matches() || (site != null && !SITE.matcher(site).matches())) {
                    String warning = "org.missioncj.cti countSupportContacts: '" + entry + "' is not '<source>' or "
                            + "'<source>@<site>' (a module name such as housing; a site as its teams have it); left out, "
                            + "so it counts nothing";
                    LOG.warn(warning);
                    unreadable.add(warning);
                } else if (site == null) {
                    everywhere.add(source);
                } else {
                    atSite.add(source + '\0' + site);
                }
            }
        }
        return new CountedSources(everywhere, atSite, unreadable);
    }

    /** Whether the source's support contacts count at some site: if not, an event needs no look-up. */
    boolean anywhere(String source) {
        if (everywhere.contains(source)) {
            return true;
        }
        String prefix = source + '\0';
        return atSite.stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** Whether the source's support contacts count for a participant whose open enrollment is at the site. */
    boolean counts(String source, String site) {
        return everywhere.contains(source) || atSite.contains(source + '\0' + site);
    }

    /** The warnings for the entries left out. */
    List<String> unreadable() {
        return unreadable;
    }
}
