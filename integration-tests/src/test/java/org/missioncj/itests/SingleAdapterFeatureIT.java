package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-adapter-rest alone (with the runtime, registry and consent it needs), without CTI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleAdapterFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-adapter-rest";
    }

    @Override
    protected List<String> modules() {
        return List.of("adapter", "consent", "core", "registry");
    }

    @Override
    protected String readPath() {
        return "/adapters/outbox/none";
    }

    @Override
    protected String absentPath() {
        return "/cti/contacts?participantId=x";
    }
}
