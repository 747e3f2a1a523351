package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-linkage alone (with the registry it needs), without CTI, trauma or housing. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleLinkageFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-linkage";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "linkage", "registry");
    }

    /** A program admin searches the directory: empty, but the search answers with HSDS paging. */
    @Override
    protected String readPath() {
        return "/linkage/services?text=counseling";
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
