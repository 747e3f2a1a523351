package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.ParticipantService;
import org.missioncj.registry.api.RegistryAccess;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;
import org.missioncj.registry.api.dto.SharedIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = ParticipantService.class)
public class ParticipantServiceImpl implements ParticipantService {
    static final Pattern IDENTIFIER_SYSTEM = Pattern.compile(Identifier.SYSTEM_PATTERN);
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-. ]{3,40}$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String RESOURCE = "participant";
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantServiceImpl.class);

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final CaseloadScopes scopes;

    @Activate
    public ParticipantServiceImpl(@Reference(target = RegistrySettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff) {
        this.module = module;
        this.access = access;
        this.scopes = new CaseloadScopes(module, staff);
        try {
            int indexed = indexNames();
            if (indexed > 0) {
                LOG.info("Indexed the names of {} participants for search", indexed);
            }
        } catch (RuntimeException e) {
            // the registry still starts; those participants are found by name once it runs at the next start
            LOG.warn("Could not index participant names for search; participants stored before may not be found by name "
                    + "until the registry starts again: {}", e.toString());
        }
    }

    /**
     * Creates of the same person (name and date of birth) or the same identifier, one after another: on Derby, two
     * such creates at once each waited for the other's uncommitted rows in the duplicate and identifier checks, a
     * deadlock that running again could not clear among three or more (503s after seconds, and participant searches
     * stalled meanwhile). Held across the transaction, in a fixed order. One node's; PostgreSQL's readers do not wait.
     */
    private static final ReentrantLock[] CREATE_LOCKS = new ReentrantLock[256];

    static {
        for (int i = 0; i < CREATE_LOCKS.length; i++) {
            CREATE_LOCKS[i] = new ReentrantLock();
        }
    }

    private static SortedSet<Integer> createStripes(Participant input) {
        SortedSet<Integer> stripes = new TreeSet<>();
        if (input == null) {
            return stripes;
        }
        stripes.add(Math.floorMod(Objects.hash(lc(input.givenName), lc(input.familyName), input.dateOfBirth),
                CREATE_LOCKS.length));
        if (input.identifiers != null) {
            for (Identifier i : input.identifiers) {
                if (i != null) {
                    stripes.add(Math.floorMod(Objects.hash(i.system, i.value), CREATE_LOCKS.length));
                }
            }
        }
        return stripes;
    }

    @Override
    public Participant create(Actor actor, Participant input) {
        SortedSet<Integer> stripes = createStripes(input);
        for (int s : stripes) {
            CREATE_LOCKS[s].lock();
        }
        try {
            return createLocked(actor, input);
        } finally {
            for (int s : stripes) {
                CREATE_LOCKS[s].unlock();
            }
        }
    }

    private Participant createLocked(Actor actor, Participant input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE);
        return module.audited(entry, tx -> {
            RegistryAccess.CREATE_PARTICIPANT.requireRole(actor);
            validate(input);
            Participant p = copyEditable(input, new Participant());
            p.id = UUID.randomUUID().toString();
            p.version = 1;
            p.createdAt = module.now();
            p.createdBy = actor.username();
            p.updatedAt = p.createdAt;
            p.updatedBy = p.createdBy;
            entry.resource(p.id).participant(p.id);
            ParticipantMapper m = tx.mapper(ParticipantMapper.class);
            m.insert(p, lowerCase(p));
            writeTokens(m, p);
            writeIdentifiers(m, actor, p.id, input.identifiers);
            Participant stored = load(m, p.id);
            // only those the caller may see: a warning must not tell who else is a patient
            stored.possibleDuplicates = m.sameNameAndBirth(lc(p.givenName), lc(p.familyName), p.dateOfBirth, p.id,
                    scopes.scope(actor));
            if (!stored.possibleDuplicates.isEmpty()) {
                // a count, not the ids: whoever may read this participant's trail need not see the others (each
                // of them has the READ entry below, in their own trail)
                entry.detail(stored.possibleDuplicates.size() + " possible duplicate(s) shown");
                // the duplicates' ids were shown: that is a read of each of them
                tx.record(AuditEntry.readsOf(actor, module.name(), RESOURCE, stored.possibleDuplicates,
                        id -> id, id -> id, "shown as a possible duplicate of new participant " + p.id));
            }
            tx.post(RegistryEvents.PARTICIPANT_CREATED,
                    Map.of(RegistryEvents.PROP_PARTICIPANT_ID, p.id, RegistryEvents.PROP_ACTOR, actor.username()));
            return stored;
        });
    }

    @Override
    public Participant get(Actor actor, String id) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).resource(id).participant(id);
        return module.audited(entry, tx -> {
            access.require(actor, RegistryAccess.GET_PARTICIPANT, id, entry);
            return load(tx.mapper(ParticipantMapper.class), id);
        });
    }

    @Override
    public Participant update(Actor actor, String id, long expectedVersion, Participant input) {
        AuditEntry entry = module.entry(actor, "UPDATE", RESOURCE).resource(id).participant(id);
        return module.audited(entry, tx -> {
            access.require(actor, RegistryAccess.UPDATE_PARTICIPANT, id, entry);
            PreconditionRequiredException.requireVersion(expectedVersion);
            ParticipantMapper m = tx.mapper(ParticipantMapper.class);
            Long current = m.version(id);
            if (current == null) {
                throw notFound(id);
            }
            validate(input);
            Participant p = copyEditable(input, new Participant());
            p.id = id;
            p.updatedAt = module.now();
            p.updatedBy = actor.username();
            if (m.update(p, lowerCase(p), expectedVersion) == 0) {
                throw PreconditionFailedException.stale("Participant", id, expectedVersion, current);
            }
            m.deleteTokens(id);
            writeTokens(m, p);
            m.deleteIdentifiers(id);
            writeIdentifiers(m, actor, id, input.identifiers);
            tx.post(RegistryEvents.PARTICIPANT_UPDATED,
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
        List<String> words = new ArrayList<>(NameTokens.words(q.name));
        // the longest word drives the search: it starts the fewest names
        words.sort(Comparator.comparingInt(String::length).reversed());
        AuditEntry entry = module.entry(actor, "SEARCH", RESOURCE).detail(describe(q));
        return module.audited(entry, tx -> {
            RegistryAccess.SEARCH_PARTICIPANTS.requireRole(actor);
            // only the actor's caseload (and the intake pool, and open grants), filtered in SQL so totals are right
            CaseloadScope scope = scopes.scope(actor);
            ParticipantMapper m = tx.mapper(ParticipantMapper.class);
            ParticipantQuery pq = query(words, q, scope);
            if (page.after() != null) {
                Participant key = m.sortKey(pq, page.after());
                if (key == null) {
                    throw new ValidationException("after", "must be the next of a previous page of this search");
                }
                pq.afterFamily = key.familyName;
                pq.afterGiven = key.givenName;
                pq.afterId = key.id;
            }
            Page<Participant> result = Page.keyed(page, () -> m.count(pq),
                    () -> m.search(pq, page.offset(), page.size()), p -> p.id);
            for (Participant p : result.items) {
                p.identifiers = m.identifiers(p.id);
            }
            CaseloadScopes.recordReads(tx, scope, AuditEntry.readsOf(actor, module.name(), RESOURCE, result.items,
                    p -> p.id, p -> p.id, "search result"));
            return result;
        });
    }

    /** The search as SQL runs it: which filter drives (see {@link ParticipantQuery.Driver}). */
    private static ParticipantQuery query(List<String> words, ParticipantSearch q, CaseloadScope scope) {
        ParticipantQuery pq = new ParticipantQuery();
        pq.words = NameTokens.prefixes(words);
        pq.dob = q.dateOfBirth;
        pq.idSystem = q.identifierSystem;
        String value = identifierValue(q.identifierValue);
        pq.idValue = value == null || value.isEmpty() ? null : value;
        pq.scope = scope;
        if (pq.idValue != null) {
            pq.driver = ParticipantQuery.Driver.IDENTIFIER;
        } else if (!words.isEmpty()) {
            pq.driver = ParticipantQuery.Driver.NAME;
        } else if (pq.dob != null) {
            pq.driver = ParticipantQuery.Driver.BIRTH;
        } else if (!scope.all && scope.site == null) {
            pq.driver = ParticipantQuery.Driver.SCOPE;
        } else {
            pq.driver = ParticipantQuery.Driver.TABLE;
        }
        return pq;
    }

    @Override
    public Page<SharedIdentifier> sharedIdentifiers(Actor actor, PageRequest page) {
        AuditEntry entry = module.entry(actor, "SEARCH", "shared-identifier").detail("identifiers several participants hold");
        return module.audited(entry, tx -> {
            RegistryAccess.LIST_SHARED_IDENTIFIERS.requireRole(actor);
            ParticipantMapper m = tx.mapper(ParticipantMapper.class);
            Page<SharedIdentifier> result = Page.read(page, m::sharedIdentifierCount,
                    () -> m.sharedIdentifiers(page.offset(), page.size()));
            List<AuditEntry> reads = new ArrayList<>();
            for (SharedIdentifier s : result.items) {
                s.participantIds = m.identifierHolders(s.system, s.value);
                for (String id : s.participantIds) {
                    reads.add(module.entry(actor, "READ", RESOURCE).resource(id).participant(id)
                            .detail("holds identifier " + s.system + " with another participant"));
                }
            }
            tx.record(reads);
            return result;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void writeTokens(ParticipantMapper m, Participant p) {
        for (String token : NameTokens.of(p)) {
            m.insertToken(p.id, token);
        }
    }

    /**
     * Gives the participants stored before the search tokens (or whose tokens were deleted behind the server's back)
     * their tokens, a batch per transaction. Runs at start; returns how many it indexed.
     */
    int indexNames() {
        int done = 0;
        while (true) {
            int batch = module.workAlone(tx -> {
                ParticipantMapper m = tx.mapper(ParticipantMapper.class);
                List<Participant> missing = m.withoutTokens(500);
                for (Participant p : missing) {
                    writeTokens(m, p);
                }
                return missing.size();
            });
            done += batch;
            if (batch < 500) {
                return done;
            }
        }
    }

    private Participant load(ParticipantMapper m, String id) {
        Participant p = m.find(id);
        if (p == null) {
            throw notFound(id);
        }
        p.identifiers = m.identifiers(id);
        return p;
    }

    /**
     * Stores the identifiers ({@link #identifierValue}). One that a participant outside the caller's caseload
     * holds too is stored all the same, with nothing said about it anywhere the caller or their supervisor
     * could read: it shows in the review of shared identifiers, for a program admin.
     */
    private void writeIdentifiers(ParticipantMapper m, Actor actor, String participantId, List<Identifier> identifiers) {
        if (identifiers == null) {
            return;
        }
        for (Identifier given : identifiers) {
            Identifier i = new Identifier(given.system, identifierValue(given.value));
            List<String> visible = new ArrayList<>();
            for (String holder : m.identifierHolders(i.system, i.value)) {
                if (!holder.equals(participantId) && access.mayAccess(actor, holder)) {
                    visible.add(holder);
                }
            }
            if (!visible.isEmpty()) {
                // a participant the caller may open: most likely the same person, entered twice
                throw new ConflictException("Identifier " + i.system + " " + i.value + " already belongs to participant "
                        + String.join(", ", visible) + ". Open that record, or check the value.");
            }
            // held only by someone outside the caller's caseload, or by no one: stored all the same, since a refusal
            // would tell the caller that the number belongs to a patient of the program; a shared one is for review
            m.insertIdentifier(participantId, i);
        }
    }

    /**
     * An identifier's value as it is stored and compared: NFKC (so a no-break space is a space and
     * full-width digits are digits), without invisible format characters, without surrounding spaces.
     */
    static String identifierValue(String value) {
        if (value == null) {
            return null;
        }
        String v = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
        return v.strip();
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
                .notInFuture("dateOfBirth", p.dateOfBirth, module.today())
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
                v.requiredText(f + ".value", identifierValue(id.value), 128);
                v.check(seen.add(id.system + "\u0000" + identifierValue(id.value)), f, "is listed twice");
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

    /**
     * The lower-case copies the search compares with. Lower case can be longer than the name (a dotted
     * capital I becomes two characters): cut to the column, so a valid name never fails to store.
     */
    private static Participant lowerCase(Participant p) {
        Participant l = new Participant();
        l.givenName = column(lc(p.givenName));
        l.middleName = column(lc(p.middleName));
        l.familyName = column(lc(p.familyName));
        l.preferredName = column(lc(p.preferredName));
        return l;
    }

    private static String column(String s) {
        return s == null || s.length() <= 100 ? s : s.substring(0, 100);
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
