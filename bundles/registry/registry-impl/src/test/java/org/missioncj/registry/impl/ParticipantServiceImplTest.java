package org.missioncj.registry.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.registry.impl.RegistryFixture.ADMIN;
import static org.missioncj.registry.impl.RegistryFixture.CM;
import static org.missioncj.registry.impl.RegistryFixture.PRIVACY;
import static org.missioncj.registry.impl.RegistryFixture.LIAISON;
import static org.missioncj.registry.impl.RegistryFixture.SUPERVISOR;
import static org.missioncj.registry.impl.RegistryFixture.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.ParticipantSearch;

class ParticipantServiceImplTest {
    private static final LocalDate DOB = LocalDate.of(1988, 2, 29);
    private RegistryFixture f;

    @BeforeEach
    void setUp() {
        f = new RegistryFixture(25);
    }

    @Test
    void createStoresTheParticipantAndWarnsOfASameNameAndBirthDuplicate() {
        Participant first = f.participants.create(CM, participant("Avery", "Quintero", DOB));
        assertEquals(1, first.version);
        assertTrue(first.possibleDuplicates.isEmpty());
        Participant second = f.participants.create(CM, participant(" avery ", "QUINTERO", DOB));
        assertEquals(List.of(first.id), second.possibleDuplicates);
        // the new participant's trail says how many were shown, not who (its readers may not see them)
        AuditQuery created = new AuditQuery();
        created.participantId = second.id;
        created.action = "CREATE";
        String detail = f.audit.query(ADMIN, created, PageRequest.of(0, 1)).items.get(0).detail;
        assertEquals("1 possible duplicate(s) shown", detail);
        assertEquals("avery", second.givenName);
        assertEquals(RegistryEvents.PARTICIPANT_CREATED, f.events.get(0).getTopic());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Participant p = participant("", null, LocalDate.of(2030, 1, 1));
        p.email = "not-mail";
        p.preferredLanguage = "??";
        p.identifiers = List.of(new Identifier("Jail Booking", "1"));
        ValidationException e = assertThrows(ValidationException.class, () -> f.participants.create(CM, p));
        List<String> fields = e.errors().stream().map(x -> x.field).collect(Collectors.toList());
        assertEquals(List.of("givenName", "familyName", "dateOfBirth", "email", "preferredLanguage",
                "identifiers[0].system"), fields);
    }

    @Test
    void anIdentifierBelongsToOneParticipantOnly() {
        Participant a = participant("Blake", "Szabo", DOB);
        a.identifiers = List.of(new Identifier("jail-booking", "B-1"));
        f.participants.create(CM, a);
        Participant b = participant("Casey", "Ingram", DOB);
        b.identifiers = List.of(new Identifier("jail-booking", "B-1"));
        assertThrows(ConflictException.class, () -> f.participants.create(CM, b));
        // nothing half-written: Casey was not stored
        ParticipantSearch q = new ParticipantSearch();
        q.name = "casey";
        assertEquals(0, f.participants.search(CM, q, PageRequest.of(0, 10)).totalItems);
    }

    @Test
    void staleUpdateIsRefusedAndCurrentUpdateBumpsTheVersion() {
        Participant p = f.participants.create(CM, participant("Devon", "Montague", DOB));
        p.phone = "555 0100";
        Participant updated = f.participants.update(CM, p.id, 1, p);
        assertEquals(2, updated.version);
        assertEquals("555 0100", updated.phone);
        p.phone = "555 0199";
        PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
                () -> f.participants.update(CM, p.id, 1, p));
        assertTrue(e.getMessage().contains("your version 1, now 2"), e.getMessage());
        assertEquals("555 0100", f.participants.get(CM, p.id).phone);
    }

    @Test
    void searchMatchesNamePrefixesBirthDateAndIdentifiers() {
        Participant a = participant("Emery", "Fairbanks", DOB);
        a.identifiers = List.of(new Identifier("court-docket", "CR-7"));
        f.participants.create(CM, a);
        f.participants.create(CM, participant("Emerson", "Fairweather", LocalDate.of(1990, 5, 5)));
        f.participants.create(CM, participant("Finley", "Galloway", DOB));
        assertEquals(2, search("em fair", null, null).totalItems);
        assertEquals(1, search("em", DOB, null).totalItems);
        assertEquals(2, search(null, DOB, null).totalItems);
        assertEquals("Emery", search(null, null, "CR-7").items.get(0).givenName);
        assertEquals(0, search("%", null, null).totalItems);
        Page<Participant> paged = f.participants.search(CM, new ParticipantSearch(), PageRequest.of(1, 2));
        assertEquals(3, paged.totalItems);
        assertEquals(1, paged.items.size());
        assertEquals("Galloway", paged.items.get(0).familyName);
    }

    @Test
    void readsAreAuditedAndRefusalsRecordedAsDenied() {
        Participant p = f.participants.create(CM, participant("Gray", "Hollister", DOB));
        f.participants.get(CM, p.id);
        assertThrows(ForbiddenException.class, () -> f.participants.get(LIAISON, p.id));
        assertThrows(ForbiddenException.class, () -> f.participants.get(CM, "no-such-id"));
        assertThrows(NotFoundException.class, () -> f.participants.get(ADMIN, "no-such-id"));
        AuditQuery q = new AuditQuery();
        q.participantId = p.id;
        List<AuditRecord> trail = f.audit.query(PRIVACY, q, PageRequest.of(0, 10)).items;
        assertEquals(3, trail.size());
        assertEquals("READ", trail.get(0).action);
        assertEquals(AuditOutcome.DENIED, trail.get(0).outcome);
        assertEquals("liaison.test", trail.get(0).actor);
        assertEquals(AuditOutcome.SUCCESS, trail.get(1).outcome);
        assertEquals("CREATE", trail.get(2).action);
        q.participantId = "no-such-id";
        assertEquals(AuditOutcome.NOT_FOUND, f.audit.query(PRIVACY, q, PageRequest.of(0, 10)).items.get(0).outcome);
    }

    @Test
    void updateReplacesIdentifiers() {
        Participant p = participant("Harper", "Jessup", DOB);
        p.identifiers = List.of(new Identifier("state-id", "S1"), new Identifier("jail-booking", "J1"));
        Participant stored = f.participants.create(CM, p);
        stored.identifiers = List.of(new Identifier("state-id", "S1"));
        Participant updated = f.participants.update(CM, stored.id, stored.version, stored);
        assertEquals(1, updated.identifiers.size());
        assertNull(search(null, null, "J1").items.isEmpty() ? null : "still found");
    }

    private Page<Participant> search(String name, LocalDate dob, String idValue) {
        ParticipantSearch q = new ParticipantSearch();
        q.name = name;
        q.dateOfBirth = dob;
        q.identifierValue = idValue;
        return f.participants.search(CM, q, PageRequest.of(0, 20));
    }
}
