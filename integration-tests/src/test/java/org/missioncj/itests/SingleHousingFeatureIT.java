package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-housing alone (with the registry it needs). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleHousingFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-housing";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "housing", "registry");
    }

    @Override
    protected String readPath() {
        return "/housing/sites/Nowhere/landlords";
    }

    /** The shipped PHQ-9, stored when the module started. */
    @Override
    protected int readStatus() {
        return 200;
    }

    @Override
    protected String absentPath() {
        return "/trauma/alerts/none";
    }
}
