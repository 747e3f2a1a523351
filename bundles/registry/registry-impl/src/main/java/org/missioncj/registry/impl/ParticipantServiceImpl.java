package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ParticipantService.class)
public class ParticipantServiceImpl implements ParticipantService {
    static final Pattern IDENTIFIER_SYSTEM = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-. ]{3,40}$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String RESOURCE = "participant";

    private final RegistryStore store;
    private final CaseloadAccessImpl access;

    @Activate
    public ParticipantServiceImpl(@Reference RegistryStore store, @Reference CaseloadAccessImpl access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Participant create(Actor actor, Participant input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "CREATE", RESOURCE);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.PARTICIPANT_WRITE, "create participants");
            validate(input);
            Participant p = copyEditable(input, new Participant());
            p.id = UUID.randomUUID().toString();
            p.version = 1;
            p.createdAt = store.now();
            p.createdBy = actor.username();
            p.updatedAt = p.createdAt;
            p.updatedBy = p.createdBy;
            entry.resource(p.id).participant(p.id);
            ParticipantMapper m = store.mapper(tx, ParticipantMapper.class);
            m.insert(p, lowerCase(p));
            writeIdentifiers(m, actor, p.id, input.identifiers);
            Participant stored = load(m, p.id);
            // only those the caller may see: a warning must not tell who else is a patient
            stored.possibleDuplicates = m.sameNameAndBirth(lc(p.givenName), lc(p.familyName), p.dateOfBirth, p.id,
                    access.scope(actor));
            if (!stored.possibleDuplicates.isEmpty()) {
                entry.detail("possible duplicate of " + stored.possibleDuplicates);
                // the duplicates' ids were shown: that is a read of each of them
                store.audit.recordAll(AuditEntry.readsOf(actor, RegistryStore.COMPONENT, RESOURCE, stored.possibleDuplicates,
                        id -> id, id -> id, "shown as a possible duplicate of new participant " + p.id));
            }
            store.postAfterCommit(tx, RegistryEvents.PARTICIPANT_CREATED,
                    Map.of(RegistryEvents.PROP_PARTICIPANT_ID, p.id, RegistryEvents.PROP_ACTOR, actor.username()));
            return stored;
        });
    }

    @Override
    public Participant get(Actor actor, String id) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "READ", RESOURCE).resource(id).participant(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.PARTICIPANT_READ, "read participants");
            access.requireParticipant(actor, id, "read this participant", entry);
            return load(store.mapper(tx, ParticipantMapper.class), id);
        });
    }

    @Override
    public Participant update(Actor actor, String id, long expectedVersion, Participant input) {
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "UPDATE", RESOURCE).resource(id).participant(id);
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.PARTICIPANT_WRITE, "change participants");
            access.requireParticipant(actor, id, "change this participant", entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            ParticipantMapper m = store.mapper(tx, ParticipantMapper.class);
            Long current = m.version(id);
            if (current == null) {
                throw notFound(id);
            }
            validate(input);
            Participant p = copyEditable(input, new Participant());
            p.id = id;
            p.updatedAt = store.now();
            p.updatedBy = actor.username();
            if (m.update(p, lowerCase(p), expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Participant", id, expectedVersion, current);
            }
            m.deleteIdentifiers(id);
            writeIdentifiers(m, actor, id, input.identifiers);
            store.postAfterCommit(tx, RegistryEvents.PARTICIPANT_UPDATED,
                    Map.of(RegistryEvents.PROP_PARTICIPANT_ID, id, RegistryEvents.PROP_ACTOR, actor.username()));
            return load(m, id);
        });
    }

    @Override
    public Page<Participant> search(Actor actor, ParticipantSearch search, PageRequest page) {
        ParticipantSearch q = search == null ? new ParticipantSearch() : search;
        Validator v = new Validator()
                .maxLength("name", q.name, 200)
                .maxLength("identifierValue", q.identifierValue, 128);
        v.check(q.identifierSystem == null || IDENTIFIER_SYSTEM.matcher(q.identifierSystem).matches(), "identifierSystem",
                "must be lower-case letters, digits, '.', '_' or '-' (at most 64)");
        v.throwIfInvalid();
        List<String> words = new ArrayList<>();
        if (q.name != null) {
            for (String w : q.name.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(escapeLike(lc(w)) + "%");
                }
            }
        }
        AuditEntry entry = AuditEntry.of(actor, RegistryStore.COMPONENT, "SEARCH", RESOURCE).detail(describe(q));
        return store.audited(entry, tx -> {
            actor.requireAnyRole(Access.PARTICIPANT_READ, "search participants");
            // only the actor's caseload (and the intake pool, and open grants), filtered in SQL so totals are right
            CaseloadScope scope = access.scope(actor);
            ParticipantMapper m = store.mapper(tx, ParticipantMapper.class);
            long total = m.count(words, q.dateOfBirth, q.identifierSystem, q.identifierValue, scope);
            List<Participant> items = m.search(words, q.dateOfBirth, q.identifierSystem, q.identifierValue, scope,
                    page.offset(), page.size());
            List<String> ids = new ArrayList<>();
            for (Participant p : items) {
                p.identifiers = m.identifiers(p.id);
                ids.add(p.id);
            }
            List<AuditEntry> reads = AuditEntry.readsOf(actor, RegistryStore.COMPONENT, RESOURCE, items, p -> p.id,
                    p -> p.id, "search result");
            CaseloadAccessImpl.flagAll(reads, access.grantOnly(scope, ids));
            store.audit.recordAll(reads);
            return new Page<>(items, page, total);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Participant load(ParticipantMapper m, String id) {
        Participant p = m.find(id);
        if (p == null) {
            throw notFound(id);
        }
        p.identifiers = m.identifiers(id);
        return p;
    }

    private void writeIdentifiers(ParticipantMapper m, Actor actor, String participantId, List<Identifier> identifiers) {
        if (identifiers == null) {
            return;
        }
        for (Identifier i : identifiers) {
            String owner = m.identifierOwner(i.system, i.value);
            if (owner != null && !owner.equals(participantId)) {
                // the owner is named only to whom may open their record
                throw new ConflictException("Identifier " + i.system + " " + i.value + " already belongs to another participant"
                        + (access.mayAccess(actor, owner) ? " (" + owner + ")." : ". Check the value, or ask a supervisor."));
            }
            m.insertIdentifier(participantId, i);
        }
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("There is no participant " + id + ".");
    }

    private void validate(Participant p) {
        Validator v = new Validator();
        if (p == null) {
            v.required("$", null).throwIfInvalid();
        }
        v.requiredText("givenName", p.givenName, 100)
                .requiredText("familyName", p.familyName, 100)
                .maxLength("middleName", p.middleName, 100)
                .maxLength("preferredName", p.preferredName, 100)
                .required("dateOfBirth", p.dateOfBirth)
                .notInFuture("dateOfBirth", p.dateOfBirth, store.today())
                .check(p.dateOfBirth == null || !p.dateOfBirth.isBefore(EARLIEST_BIRTH), "dateOfBirth",
                        "must be on or after 1900-01-01")
                .maxLength("genderIdentity", p.genderIdentity, 100)
                .maxLength("pronouns", p.pronouns, 40)
                .maxLength("email", p.email, 254)
                .email("email", p.email)
                .check(p.phone == null || PHONE.matcher(p.phone).matches(), "phone",
                        "must be 3 to 40 digits, spaces and + ( ) - .")
                .maxLength("addressLine1", p.addressLine1, 200)
                .maxLength("addressLine2", p.addressLine2, 200)
                .maxLength("city", p.city, 100)
                .maxLength("state", p.state, 50)
                .maxLength("postalCode", p.postalCode, 20);
        if (p.preferredLanguage != null) {
            v.check(isLanguageTag(p.preferredLanguage), "preferredLanguage",
                    "must be a language tag such as en, es or es-MX");
        }
        if (p.identifiers != null) {
            v.check(p.identifiers.size() <= 50, "identifiers", "must have at most 50 entries");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < p.identifiers.size(); i++) {
                Identifier id = p.identifiers.get(i);
                String f = "identifiers[" + i + "]";
                if (id == null) {
                    v.check(false, f, "must not be null");
                    continue;
                }
                v.check(id.system != null && IDENTIFIER_SYSTEM.matcher(id.system).matches(), f + ".system",
                        "must be lower-case letters, digits, '.', '_' or '-' (at most 64), e.g. jail-booking");
                v.requiredText(f + ".value", id.value, 128);
                v.check(seen.add(id.system + "\u0000" + id.value), f, "is listed twice");
            }
        }
        v.throwIfInvalid();
    }

    private static boolean isLanguageTag(String tag) {
        if (tag.length() > 35) {
            return false;
        }
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag).build();
            return !l.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static Participant copyEditable(Participant from, Participant to) {
        to.givenName = trim(from.givenName);
        to.middleName = trim(from.middleName);
        to.familyName = trim(from.familyName);
        to.preferredName = trim(from.preferredName);
        to.dateOfBirth = from.dateOfBirth;
        to.sex = from.sex;
        to.genderIdentity = trim(from.genderIdentity);
        to.pronouns = trim(from.pronouns);
        to.preferredLanguage = from.preferredLanguage;
        to.phone = trim(from.phone);
        to.email = trim(from.email);
        to.addressLine1 = trim(from.addressLine1);
        to.addressLine2 = trim(from.addressLine2);
        to.city = trim(from.city);
        to.state = trim(from.state);
        to.postalCode = trim(from.postalCode);
        return to;
    }

    private static Participant lowerCase(Participant p) {
        Participant l = new Participant();
        l.givenName = lc(p.givenName);
        l.middleName = lc(p.middleName);
        l.familyName = lc(p.familyName);
        l.preferredName = lc(p.preferredName);
        return l;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String lc(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String describe(ParticipantSearch q) {
        // Which filters were used, not their values: the audit trail must not become a second copy of PHI.
        StringBuilder sb = new StringBuilder("filters:");
        if (q.name != null) {
            sb.append(" name");
        }
        if (q.dateOfBirth != null) {
            sb.append(" dateOfBirth");
        }
        if (q.identifierSystem != null) {
            sb.append(" identifierSystem=").append(q.identifierSystem);
        }
        if (q.identifierValue != null) {
            sb.append(" identifierValue");
        }
        return sb.toString();
    }
}
