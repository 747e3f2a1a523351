package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-cti alone (with the registry it needs), without consent. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleCtiFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-cti";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "cti", "registry");
    }

    @Override
    protected String readPath() {
        return "/cti/contacts/none";
    }

    @Override
    protected String absentPath() {
        return "/consents?participantId=x";
    }
}
