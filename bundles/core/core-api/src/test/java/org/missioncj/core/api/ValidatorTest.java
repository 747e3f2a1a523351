package org.missioncj.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ValidatorTest {
    @Test
    void everyErrorIsCollectedInOrder() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Validator()
                .requiredText("name", " ", 10)
                .email("email", "x@")
                .notInFuture("born", LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1))
                .maxLength("note", "abcdef", 5)
                .throwIfInvalid());
        List<String> fields = e.errors().stream().map(x -> x.field).collect(Collectors.toList());
        assertEquals(List.of("name", "email", "born", "note"), fields);
        assertEquals("The request has 4 invalid fields: name: is required; email: is not an e-mail address; "
                + "born: must not be in the future; note: must be at most 5 characters", e.getMessage());
    }

    @Test
    void pagesAreBoundedSoNoCallerReadsAWholeTable() {
        assertEquals(40, PageRequest.of(2, 20).offset());
        assertThrows(ValidationException.class, () -> PageRequest.of(0, 201));
        assertThrows(ValidationException.class, () -> PageRequest.of(-1, 10));
        Page<String> p = new Page<>(List.of("a"), PageRequest.of(0, 20), 41);
        assertEquals(3, p.totalPages);
    }
}
