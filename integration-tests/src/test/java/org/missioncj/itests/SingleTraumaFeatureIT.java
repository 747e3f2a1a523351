package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-trauma alone (with the registry it needs), without the curriculum. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleTraumaFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-trauma";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "registry", "trauma");
    }

    @Override
    protected String readPath() {
        return "/instruments/phq-9";
    }

    /** The shipped PHQ-9, stored when the module started. */
    @Override
    protected int readStatus() {
        return 200;
    }

    @Override
    protected String absentPath() {
        return "/drt/sessions/none";
    }
}
