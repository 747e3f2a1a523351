package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-consent alone (with the registry it needs), without CTI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleConsentFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-consent";
    }

    @Override
    protected List<String> modules() {
        return List.of("consent", "core", "registry");
    }

    @Override
    protected String readPath() {
        return "/consents/none";
    }

    @Override
    protected String absentPath() {
        return "/cti/contacts?participantId=x";
    }
}
