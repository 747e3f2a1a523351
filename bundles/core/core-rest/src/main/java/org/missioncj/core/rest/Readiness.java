package org.missioncj.core.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.missioncj.core.api.rest.ApiReadiness;

/**
 * What the REST bundles declare ({@code Mission-Rest: <module>; resources="a.B,a.C"}) against what the
 * endpoint publishes now; see {@link ApiReadiness}.
 */
final class Readiness implements ApiReadiness {
    private static final class Declared {
        final String module;
        final Set<String> resources;

        Declared(String module, Set<String> resources) {
            this.module = module;
            this.resources = resources;
        }
    }

    private final Map<Long, Declared> bundles = new ConcurrentHashMap<>();
    private volatile Set<String> published = Set.of();

    /** Parses a bundle's header; a malformed one declares nothing. */
    void declare(long bundleId, String header) {
        String[] parts = header.split(";", 2);
        String module = parts[0].trim();
        Set<String> resources = new HashSet<>();
        if (parts.length > 1) {
            String attrs = parts[1].trim();
            int eq = attrs.indexOf('=');
            if (eq > 0 && attrs.substring(0, eq).trim().equals("resources")) {
                String list = attrs.substring(eq + 1).trim();
                if (list.startsWith("\"") && list.endsWith("\"") && list.length() >= 2) {
                    list = list.substring(1, list.length() - 1);
                }
                for (String r : list.split(",")) {
                    if (!r.isBlank()) {
                        resources.add(r.trim());
                    }
                }
            }
        }
        if (!module.isEmpty()) {
            bundles.put(bundleId, new Declared(module, resources));
        }
    }

    void forget(long bundleId) {
        bundles.remove(bundleId);
    }

    /** The resource classes of the endpoint just built (none while there is no endpoint). */
    void published(Collection<Class<?>> classes) {
        Set<String> names = new HashSet<>();
        for (Class<?> c : classes) {
            names.add(c.getName());
        }
        published = names;
    }

    @Override
    public boolean ready() {
        Set<String> now = published;
        return !now.isEmpty() && bundles.values().stream().allMatch(d -> now.containsAll(d.resources));
    }

    @Override
    public Map<String, Integer> declared() {
        Map<String, Integer> out = new TreeMap<>();
        for (Declared d : bundles.values()) {
            out.merge(d.module, d.resources.size(), Integer::sum);
        }
        return out;
    }

    @Override
    public Map<String, Integer> published() {
        Set<String> now = published;
        Map<String, Integer> out = new TreeMap<>();
        for (Declared d : bundles.values()) {
            int n = (int) d.resources.stream().filter(now::contains).count();
            out.merge(d.module, n, Integer::sum);
        }
        return out;
    }

    /** The declared resources not published yet, for the log. */
    List<String> missing() {
        Set<String> now = published;
        List<String> out = new ArrayList<>();
        for (Declared d : bundles.values()) {
            for (String r : d.resources) {
                if (!now.contains(r)) {
                    out.add(d.module + ":" + r.substring(r.lastIndexOf('.') + 1));
                }
            }
        }
        return out;
    }

    Dictionary<String, Object> properties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(READY, ready());
        Set<String> now = published;
        Map<String, Boolean> complete = new TreeMap<>();
        for (Declared d : bundles.values()) {
            complete.merge(d.module, now.containsAll(d.resources), Boolean::logicalAnd);
        }
        List<String> modules = new ArrayList<>();
        complete.forEach((m, full) -> {
            if (full) {
                modules.add(m);
            }
        });
        p.put(MODULES, modules.toArray(new String[0]));
        return p;
    }
}
