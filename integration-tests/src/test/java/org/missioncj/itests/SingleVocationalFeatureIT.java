package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-vocational alone (with the registry it needs), without housing or trauma. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleVocationalFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-vocational";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "registry", "vocational");
    }

    /** A program admin lists a site's employers: none yet, but the list answers. */
    @Override
    protected String readPath() {
        return "/vocational/sites/Single%20Feature%20Site/employers";
    }

    @Override
    protected int readStatus() {
        return 200;
    }

    @Override
    protected String absentPath() {
        return "/trauma/screens/none";
    }
}
