package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Validator;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;

class ShippedInstrumentsTest {

    @Test
    void sevenInstrumentsShipInOrder() {
        assertEquals(List.of("pc-ptsd-5", "pcl-5", "audit-c", "phq-9", "gad-7", "bam", "barc-10"),
                ShippedInstruments.all().stream().map(i -> i.id).collect(Collectors.toList()));
    }

    @Test
    void everyShippedDefinitionPassesCheck() {
        for (Instrument def : ShippedInstruments.all()) {
            assertEquals(List.of(), InstrumentEngine.check(def), def.id);
        }
    }

    @Test
    void everyShippedDefinitionIsVersionOneWithItsSourceAndNoOrigin() {
        for (Instrument def : ShippedInstruments.all()) {
            assertEquals(1, def.version, def.id);
            assertNull(def.origin, def.id);
            assertFalse(Validator.isBlank(def.source), def.id);
            assertFalse(Validator.isBlank(def.description), def.id);
        }
    }

    @Test
    void domainsAndItemCounts() {
        List<Instrument> all = ShippedInstruments.all();
        assertShape(all.get(0), "TRAUMA", 6);
        assertShape(all.get(1), "TRAUMA", 20);
        assertShape(all.get(2), "ALCOHOL", 4);
        assertShape(all.get(3), "DEPRESSION", 9);
        assertShape(all.get(4), "ANXIETY", 7);
        assertShape(all.get(5), "SUBSTANCE_USE", 17);
        assertShape(all.get(6), "RECOVERY", 10);
    }

    private static void assertShape(Instrument def, String domain, int items) {
        assertEquals(domain, def.domain, def.id);
        assertEquals(items, def.items.size(), def.id);
    }

    @Test
    void onlyBamItemSevenIsOptional() {
        for (Instrument def : ShippedInstruments.all()) {
            for (Item item : def.items) {
                boolean optional = Boolean.FALSE.equals(item.required);
                assertEquals(def.id.equals("bam") && item.linkId.equals("7"), optional, def.id + " " + item.linkId);
            }
        }
    }

    @Test
    void eachCallGivesFreshCopies() {
        Instrument first = ShippedInstruments.all().get(3);
        first.items.clear();
        Instrument second = ShippedInstruments.all().get(3);
        assertNotSame(first, second);
        assertEquals(9, second.items.size());
    }
}
