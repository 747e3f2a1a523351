package org.missioncj.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missioncj.instrument.api.TestInstruments.answers;
import static org.missioncj.instrument.api.TestInstruments.with;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.instrument.api.dto.Instrument;

/** Every answer refused is named with its field {@code answers.<linkId>}, all in one 422. */
class AnswerValidationTest {
    private final Instrument phq9 = TestInstruments.shipped("phq-9");
    private final Instrument pcPtsd5 = TestInstruments.shipped("pc-ptsd-5");

    private static UnprocessableException refused(Instrument def, Map<String, Integer> answers) {
        return assertThrows(UnprocessableException.class, () -> InstrumentEngine.score(def, answers, Map.of()));
    }

    private static List<String> fields(UnprocessableException e) {
        return e.errors().stream().map(error -> error.field + ": " + error.reason).collect(Collectors.toList());
    }

    @Test
    void anAnswerToAnItemTheInstrumentDoesNotHaveIsRefused() {
        UnprocessableException e = refused(phq9, with(answers(0, 0, 0, 0, 0, 0, 0, 0, 0), "10", 1));
        assertEquals(422, e.status());
        assertEquals(List.of("answers.10: is not an item of Patient Health Questionnaire (PHQ-9)"), fields(e));
        assertEquals("1 answer is not valid: answers.10 (is not an item of Patient Health Questionnaire (PHQ-9))",
                e.getMessage());
    }

    @Test
    void anAnswerOutsideTheOptionsIsRefused() {
        UnprocessableException e = refused(phq9, answers(0, 0, 0, 0, 0, 0, 0, 0, 4));
        assertEquals(List.of("answers.9: 4 is not one of its options (0, 1, 2, 3)"), fields(e));
    }

    @Test
    void aNegativeAnswerOutsideTheOptionsIsRefused() {
        UnprocessableException e = refused(phq9, answers(-1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(List.of("answers.1: -1 is not one of its options (0, 1, 2, 3)"), fields(e));
    }

    @Test
    void aRequiredItemLeftOutIsRefused() {
        Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.remove("3");
        assertEquals(List.of("answers.3: is required"), fields(refused(phq9, answers)));
    }

    @Test
    void aNullAnswerCountsAsNotAnswered() {
        assertEquals(List.of("answers.3: is required"),
                fields(refused(phq9, with(answers(0, 0, 0, 0, 0, 0, 0, 0, 0), "3", null))));
    }

    @Test
    void noAnswersAtAllNameEveryRequiredItem() {
        UnprocessableException e = refused(phq9, Map.of());
        assertEquals(9, e.errors().size());
        assertEquals("answers.1", e.errors().get(0).field);
        assertEquals("answers.9", e.errors().get(8).field);
        assertTrue(e.getMessage().startsWith("9 answers are not valid: answers.1 (is required), answers.2 (is required)"));
    }

    @Test
    void nullAnswersMapIsNoAnswers() {
        UnprocessableException e = assertThrows(UnprocessableException.class,
                () -> InstrumentEngine.score(phq9, null, null));
        assertEquals(9, e.errors().size());
    }

    @Test
    void theMessageNamesEveryBadItem() {
        Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 4);
        answers.remove("3");
        UnprocessableException e = refused(phq9, answers);
        assertEquals("2 answers are not valid: answers.9 (4 is not one of its options (0, 1, 2, 3)), answers.3 (is required)",
                e.getMessage());
        assertEquals(List.of("answers.9: 4 is not one of its options (0, 1, 2, 3)", "answers.3: is required"), fields(e));
    }

    @Test
    void unknownItemsComeFirstInSortedOrder() {
        Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.put("zz", 1);
        answers.put("11", 1);
        answers.put("10", 1);
        assertEquals(List.of("answers.10", "answers.11", "answers.zz"),
                refused(phq9, answers).errors().stream().map(f -> f.field).collect(Collectors.toList()));
    }

    @Test
    void anAnswerToAnItemNotAskedIsRefused() {
        Map<String, Integer> answers = Map.of("exposure", 0, "1", 1);
        assertEquals(List.of("answers.1: is asked only when item exposure is answered 1; leave it out"),
                fields(refused(pcPtsd5, answers)));
    }

    @Test
    void anAnswerToAnItemNotAskedIsRefusedEvenWhenItIsZero() {
        Map<String, Integer> answers = Map.of("exposure", 0, "1", 0, "2", 0, "3", 0, "4", 0, "5", 0);
        assertEquals(5, refused(pcPtsd5, answers).errors().size());
    }

    @Test
    void itemsAskedAfterExposureAreRequired() {
        UnprocessableException e = refused(pcPtsd5, Map.of("exposure", 1, "1", 1));
        assertEquals(List.of("answers.2: is required", "answers.3: is required", "answers.4: is required",
                "answers.5: is required"), fields(e));
    }

    @Test
    void exposureLeftOutIsRequiredAndTheRestAreNotAsked() {
        assertEquals(List.of("answers.exposure: is required"), fields(refused(pcPtsd5, Map.of())));
    }

    @Test
    void anInvalidExposureAnswerLeavesTheOtherItemsUnasked() {
        UnprocessableException e = refused(pcPtsd5, Map.of("exposure", 2));
        assertEquals(List.of("answers.exposure: 2 is not one of its options (0, 1)"), fields(e));
    }

    @Test
    void anItemThatIsNotRequiredMayBeLeftOut() {
        Map<String, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 4, 4, 4, 0, 4, 4);
        answers.remove("7");
        InstrumentEngine.score(TestInstruments.shipped("bam"), answers, Map.of());
    }

    @Test
    void anAnswerWithoutAnItemIsRefused() {
        Map<String, Integer> answers = new HashMap<>(answers(0, 0, 0, 0, 0, 0, 0, 0, 0));
        answers.put(null, 1);
        assertEquals(List.of("answers: has an answer that names no item"), fields(refused(phq9, answers)));
    }

    @Test
    void anInvalidDefinitionIsNotScored() {
        Instrument broken = TestInstruments.shipped("phq-9");
        broken.scores.get(0).items.add("10");
        UnprocessableException e = refused(broken, answers(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("The instrument definition is not valid: scores[0].items[9]: 10 is not an item of the instrument",
                e.getMessage());
        assertEquals(List.of(new FieldError("scores[0].items[9]", "10 is not an item of the instrument").toString()),
                e.errors().stream().map(FieldError::toString).collect(Collectors.toList()));
    }
}
