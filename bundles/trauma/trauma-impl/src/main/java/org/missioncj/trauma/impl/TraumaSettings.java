package org.missioncj.trauma.impl;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trauma module's site settings (PID {@code org.missioncj.trauma}). Its schema and mappers are the module
 * kit's; its components reference the module with {@link #MODULE}.
 */
@Component(service = TraumaSettings.class, configurationPid = "org.missioncj.trauma")
@Designate(ocd = TraumaSettings.Config.class)
public class TraumaSettings {
    private static final Logger LOG = LoggerFactory.getLogger(TraumaSettings.class);
    /** The trauma module, as its components reference it. */
    public static final String MODULE = "(mission.module=trauma)";
    public static final int MAX_RESCREEN_DAYS = 730;

    @ObjectClassDefinition(name = "MISSION-CJ trauma screening",
            description = "Screening instruments, safety alerts, rescreens after a positive trauma screen and "
                    + "trauma-informed preferences.")
    public @interface Config {
        @AttributeDefinition(name = "Days to rescreen",
                description = "A positive trauma screen schedules a rescreen with the same instrument this many days "
                        + "later (1 to 730).")
        int rescreenDays() default 90;

        @AttributeDefinition(name = "Cut-offs",
                description = "The site's values for configurable cut-offs, each '<instrument>.<cutoff>=<value>', "
                        + "e.g. 'pc-ptsd-5.positive=4' or 'pcl-5.probable-ptsd=31'. A result keeps the value applied.")
        String[] cutoffs() default {};
    }

    private final int rescreenDays;
    private final Map<String, Map<String, Integer>> cutoffs;

    @Activate
    public TraumaSettings(Config config) {
        this(usableDays(config.rescreenDays()), parse(config.cutoffs()));
    }

    /** For tests and embedding. */
    public TraumaSettings(int rescreenDays, Map<String, Map<String, Integer>> cutoffs) {
        if (rescreenDays < 1 || rescreenDays > MAX_RESCREEN_DAYS) {
            throw new IllegalArgumentException("rescreenDays must be between 1 and " + MAX_RESCREEN_DAYS);
        }
        this.rescreenDays = rescreenDays;
        this.cutoffs = Map.copyOf(cutoffs);
    }

    /** For tests: the defaults. */
    public TraumaSettings() {
        this(90, Map.of());
    }

    int rescreenDays() {
        return rescreenDays;
    }

    /** The site's cut-off values for an instrument, by cut-off id (empty when it sets none). */
    Map<String, Integer> cutoffs(String instrumentId) {
        return cutoffs.getOrDefault(instrumentId, Collections.emptyMap());
    }

    /** A value out of range is logged and replaced by the default, so a typo does not take the module down. */
    private static int usableDays(int days) {
        if (days >= 1 && days <= MAX_RESCREEN_DAYS) {
            return days;
        }
        LOG.warn("org.missioncj.trauma rescreenDays={} is not between 1 and {}; using 90", days, MAX_RESCREEN_DAYS);
        return 90;
    }

    /** 'instrument.cutoff=value' entries; one that does not parse is logged and left out. */
    static Map<String, Map<String, Integer>> parse(String[] entries) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String raw : entries == null ? new String[0] : entries) {
            for (String entry : raw.split(",")) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                int dot = e.indexOf('.');
                int eq = e.indexOf('=');
                Integer value = null;
                if (dot > 0 && eq > dot + 1) {
                    try {
                        value = Integer.valueOf(e.substring(eq + 1).trim());
                    } catch (NumberFormatException notANumber) {
                        value = null;
                    }
                }
                if (value == null) {
                    LOG.warn("org.missioncj.trauma cutoffs: '{}' is not '<instrument>.<cutoff>=<value>'; left out", e);
                    continue;
                }
                out.computeIfAbsent(e.substring(0, dot).trim(), k -> new HashMap<>())
                        .put(e.substring(dot + 1, eq).trim(), value);
            }
        }
        return out;
    }
}
