package org.missioncj.instrument.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.missioncj.instrument.api.dto.Instrument;

/**
 * The instruments that come with the platform, each version 1, read from this bundle's resources
 * ({@code shipped/<id>.json} beside this class). Origin is left to the store.
 *
 * <p>Sources and scoring choices (each definition's {@code source} cites its publication):
 * <ul>
 * <li>PC-PTSD-5: the exposure question first; items 1 to 5 are asked only after a yes, so no exposure scores 0.
 * <li>PCL-5: cluster sums and DSM-5 symptom counts (an item rated 2, Moderately, or higher counts as a symptom).
 * <li>AUDIT-C: the sex answered chooses the cut-off (4 or more for men, 3 or more for women); it is not scored.
 * <li>BAM: the published scoring (VA MIRECC, Cacciola et al. 2013) sums the items of each subscale as answered:
 *     every item's scale already runs the way its subscale reads (more risk, more protection, more use), so
 *     nothing is reverse scored. Item 7 (days of use per drug, 7A to 7G) elaborates item 6 and is in no
 *     subscale; it is one optional day-count item here. Item 17 (satisfaction with progress) is in no subscale.
 * <li>BARC-10: the ten items, 1 (strongly disagree) to 6 (strongly agree), summed: 10 to 60.
 * </ul>
 */
public final class ShippedInstruments {
    /** In the order a site sees them. */
    public static final List<String> IDS = List.of("pc-ptsd-5", "pcl-5", "audit-c", "phq-9", "gad-7", "bam", "barc-10");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ShippedInstruments() {
    }

    /** Fresh copies of every shipped definition, in {@link #IDS} order. */
    public static List<Instrument> all() {
        List<Instrument> all = new ArrayList<>();
        for (String id : IDS) {
            all.add(read(id));
        }
        return all;
    }

    private static Instrument read(String id) {
        // Relative to this class, so it resolves inside the bundle whatever the thread's context class loader.
        try (InputStream in = ShippedInstruments.class.getResourceAsStream("shipped/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The shipped instrument " + id + " is missing from the bundle");
            }
            Instrument def = MAPPER.readValue(in, Instrument.class);
            def.version = 1;
            def.origin = null;
            return def;
        } catch (IOException e) {
            throw new IllegalStateException("The shipped instrument " + id + " cannot be read", e);
        }
    }
}
