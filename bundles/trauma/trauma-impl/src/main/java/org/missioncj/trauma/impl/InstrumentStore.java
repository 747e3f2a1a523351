package org.missioncj.trauma.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.instrument.api.FhirQuestionnaires;
import org.missioncj.instrument.api.InstrumentEngine;
import org.missioncj.instrument.api.InstrumentService;
import org.missioncj.instrument.api.ShippedInstruments;
import org.missioncj.instrument.api.dto.Flag;
import org.missioncj.instrument.api.dto.Instrument;
import org.missioncj.instrument.api.dto.Item;
import org.missioncj.trauma.api.TraumaAccess;
import org.missioncj.trauma.api.TraumaEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The instruments the site uses, each version as it was loaded, for good: the shipped ones are stored at start
 * (once, on whichever node starts first), a site's are loaded through {@link #load}. A stored version never
 * changes, so it is read from the database once per node and kept.
 */
@Component(service = {InstrumentService.class, InstrumentStore.class})
public class InstrumentStore implements InstrumentService {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentStore.class);
    static final String RESOURCE = "instrument";
    static final String SHIPPED = "SHIPPED";
    static final String SITE = "SITE";
    /** The longest definition stored (its JSON text), as the column holds it. */
    static final int MAX_DEFINITION = 32000;
    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ModuleSupport module;
    /** The stored versions read so far, as rows: each caller gets a definition of its own to read (or change). */
    private final Map<String, TraumaMapper.InstrumentRow> versions = new ConcurrentHashMap<>();

    @Activate
    public InstrumentStore(@Reference(target = TraumaSettings.MODULE) ModuleSupport module) {
        this.module = module;
        storeShipped();
    }

    /** Stores each shipped instrument that the site does not have yet (as version 1, or the next one). */
    private void storeShipped() {
        for (Instrument shipped : ShippedInstruments.all()) {
            try {
                module.workAlone(tx -> {
                    TraumaMapper m = tx.mapper(TraumaMapper.class);
                    if (m.instrument(shipped.id, 1) == null) {
                        insert(tx, shipped, 1, SHIPPED, Actor.system(module.name()).username());
                    }
                    return null;
                });
            } catch (RuntimeException otherNode) {
                // stored by another node starting at the same moment
                LOG.debug("shipped instrument {} not stored here: {}", shipped.id, otherNode.toString());
            }
        }
    }

    @Override
    public Page<Instrument> list(Actor actor, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).detail("instrument list");
        return module.audited(entry, tx -> {
            TraumaAccess.LIST_INSTRUMENTS.requireRole(actor);
            TraumaMapper m = tx.mapper(TraumaMapper.class);
            return Page.read(page, m::countInstruments, () -> {
                List<Instrument> out = new ArrayList<>();
                for (TraumaMapper.InstrumentRow row : m.instruments(page.offset(), page.size())) {
                    out.add(toDto(row));
                }
                return out;
            });
        });
    }

    @Override
    public Instrument get(Actor actor, String id, Integer version) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id);
        return module.audited(entry, tx -> {
            TraumaAccess.GET_INSTRUMENT.requireRole(actor);
            return definition(tx, id, version);
        });
    }

    @Override
    public ObjectNode questionnaire(Actor actor, String id, Integer version) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id).detail("FHIR Questionnaire");
        return module.audited(entry, tx -> {
            TraumaAccess.GET_QUESTIONNAIRE.requireRole(actor);
            return FhirQuestionnaires.questionnaire(definition(tx, id, version));
        });
    }

    @Override
    public Instrument load(Actor actor, Instrument definition) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        if (definition != null && definition.id != null && definition.id.length() <= 40) {
            entry.resource(definition.id);
        }
        return module.audited(entry, tx -> {
            TraumaAccess.LOAD_INSTRUMENT.requireRole(actor);
            return store(tx, actor, definition, entry);
        });
    }

    @Override
    public Instrument importQuestionnaire(Actor actor, JsonNode questionnaire) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE).detail("from a FHIR Questionnaire");
        return module.audited(entry, tx -> {
            TraumaAccess.IMPORT_QUESTIONNAIRE.requireRole(actor);
            if (questionnaire == null || !questionnaire.isObject()) {
                throw new UnprocessableException("The body is not a FHIR Questionnaire (a JSON object).",
                        List.of(new FieldError("$", "must be a Questionnaire resource")));
            }
            Instrument definition = FhirQuestionnaires.instrument(questionnaire);
            if (definition.id != null && definition.id.length() <= 40) {
                entry.resource(definition.id);
            }
            return store(tx, actor, definition, entry);
        });
    }

    private Instrument store(Tx tx, Actor actor, Instrument definition, AuditEntry entry) {
        if (definition == null) {
            throw new UnprocessableException("The instrument definition is missing.",
                    List.of(new FieldError("$", "is required")));
        }
        InstrumentEngine.requireValid(definition);
        TraumaMapper m = tx.mapper(TraumaMapper.class);
        Integer latest = m.latestVersion(definition.id);
        if (latest != null) {
            keepsWhatMatters(definition(tx, definition.id, latest), definition);
        }
        int version = latest == null ? 1 : latest + 1;
        Instrument stored = insert(tx, definition, version, SITE, actor.username());
        entry.detail((entry.detail == null ? "" : entry.detail + "; ") + "version " + version);
        tx.post(TraumaEvents.INSTRUMENT_LOADED, Map.of(TraumaEvents.PROP_INSTRUMENT_ID, stored.id,
                TraumaEvents.PROP_INSTRUMENT_VERSION, stored.version, TraumaEvents.PROP_ACTOR, actor.username()));
        return stored;
    }

    /**
     * A new version is the same instrument: the same domain (a trauma screen stays one), and every safety flag of the
     * version in use is still there, so a change can never silently stop an alert. A different instrument takes an id
     * of its own.
     */
    private static void keepsWhatMatters(Instrument current, Instrument next) {
        List<FieldError> errors = new ArrayList<>();
        if (!current.domain.equals(next.domain)) {
            errors.add(new FieldError("domain", "is " + current.domain + " in version " + current.version
                    + "; a new version keeps it (load a different instrument under an id of its own)"));
        }
        for (Flag kept : current.flags) {
            if (kept.kind != Flag.Kind.SAFETY) {
                continue;
            }
            Flag now = next.flags.stream().filter(f -> kept.id.equals(f.id) && f.kind == Flag.Kind.SAFETY).findFirst()
                    .orElse(null);
            if (now == null) {
                errors.add(new FieldError("flags", "has no SAFETY flag " + kept.id + " (" + kept.title + "), which version "
                        + current.version + " has; a new version may reword a safety flag, not drop it"));
                continue;
            }
            // nor weaken it: the same question, the same answers, asked as before, raised at the same answer or lower
            Item was = item(current, kept.item);
            Item is = item(next, now.item);
            if (!kept.item.equals(now.item) || is == null) {
                errors.add(new FieldError("flags", "moves the SAFETY flag " + kept.id + " from item " + kept.item
                        + "; it stays on that item"));
            } else if (now.atLeast > kept.atLeast) {
                errors.add(new FieldError("flags", "raises the SAFETY flag " + kept.id + " from " + kept.atLeast + " to "
                        + now.atLeast + "; it may be lowered, not raised"));
            } else if (!values(was).equals(values(is))) {
                errors.add(new FieldError("items", "changes the answer values of item " + kept.item + ", which the SAFETY flag "
                        + kept.id + " reads; they stay " + values(was)));
            } else if (asked(was) && !asked(is)) {
                errors.add(new FieldError("items", "makes item " + kept.item + " optional or conditional; the SAFETY flag "
                        + kept.id + " needs it asked and answered every time, as in version " + current.version));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("A new version of " + current.id + " must keep its domain and safety flags: "
                    + errors.get(0).field + " " + errors.get(0).reason + ".", errors);
        }
    }

    private static Item item(Instrument def, String linkId) {
        return def.items.stream().filter(i -> i.linkId.equals(linkId)).findFirst().orElse(null);
    }

    private static Set<Integer> values(Item item) {
        Set<Integer> v = new TreeSet<>();
        item.options.forEach(o -> v.add(o.value));
        return v;
    }

    /** Asked of everyone and required. */
    private static boolean asked(Item item) {
        return item.enableWhen == null && !Boolean.FALSE.equals(item.required);
    }

    private Instrument insert(Tx tx, Instrument definition, int version, String origin, String by) {
        TraumaMapper.InstrumentRow row = new TraumaMapper.InstrumentRow();
        row.instrumentId = definition.id;
        row.version = version;
        row.title = definition.title;
        row.domain = definition.domain;
        row.origin = origin;
        row.definition = text(definition);
        row.loadedAt = module.now();
        row.loadedBy = by;
        if (row.definition.length() > MAX_DEFINITION) {
            throw new UnprocessableException("The instrument definition is " + row.definition.length()
                    + " characters of JSON; at most " + MAX_DEFINITION + " are stored.",
                    List.of(new FieldError("$", "is longer than " + MAX_DEFINITION + " characters")));
        }
        tx.mapper(TraumaMapper.class).insertInstrument(row);
        return toDto(row);
    }

    /** One version (the latest when null), as stored; 404 for an unknown id or version. */
    Instrument definition(Tx tx, String id, Integer version) {
        if (id == null || id.length() > 40) {
            throw new NotFoundException("There is no instrument " + (id == null ? "(none)" : id.substring(0, 40) + "...")
                    + ".");
        }
        TraumaMapper m = tx.mapper(TraumaMapper.class);
        Integer v = version;
        if (v == null) {
            v = m.latestVersion(id);
            if (v == null) {
                throw new NotFoundException("There is no instrument " + id + ".");
            }
        }
        String key = id + "|" + v;
        TraumaMapper.InstrumentRow known = versions.get(key);
        if (known != null) {
            return toDto(known);
        }
        TraumaMapper.InstrumentRow row = m.instrument(id, v);
        if (row == null) {
            throw m.latestVersion(id) == null ? new NotFoundException("There is no instrument " + id + ".")
                    : new NotFoundException("Instrument " + id + " has no version " + v + ".");
        }
        Instrument read = toDto(row);
        versions.put(key, row);
        return read;
    }

    private static Instrument toDto(TraumaMapper.InstrumentRow row) {
        Instrument d;
        try {
            d = JSON.readValue(row.definition, Instrument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Instrument " + row.instrumentId + " version " + row.version
                    + " is stored as JSON that does not read: " + e.getOriginalMessage(), e);
        }
        d.id = row.instrumentId;
        d.version = row.version;
        d.title = row.title;
        d.domain = row.domain;
        d.origin = row.origin;
        d.loadedAt = row.loadedAt;
        d.loadedBy = row.loadedBy;
        return d;
    }

    /** The definition's JSON text, without what the store keeps in columns of its own. */
    static String text(Instrument definition) {
        Instrument copy = new Instrument();
        copy.id = definition.id;
        copy.title = definition.title;
        copy.domain = definition.domain;
        copy.description = definition.description;
        copy.source = definition.source;
        copy.items = definition.items;
        copy.scores = definition.scores;
        copy.cutoffs = definition.cutoffs;
        copy.flags = definition.flags;
        try {
            return JSON.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An instrument definition did not write as JSON", e);
        }
    }
}
