package org.missioncj.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-registry alone: participants, staff, teams and enrollments without CTI or consent. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleRegistryFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-registry";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "registry");
    }

    @Override
    protected String readPath() {
        return "/participants/none";
    }

    @Override
    protected String absentPath() {
        return "/cti/contacts?participantId=x";
    }

    @Test
    public void participantsAreRecordedAndRead() throws Exception {
        Reply created = createParticipant("Alone", "Registry", "1990-02-02", null);
        assertEquals(created.toString(), 201, created.status);
        assertEquals(200, get(CM, "/participants/" + created.json.get("id").asText()).status);
    }
}
