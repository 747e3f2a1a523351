package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-core alone: the platform without a module (accounts, audit, health). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleCoreFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-core";
    }

    @Override
    protected List<String> modules() {
        return List.of("core");
    }

    @Override
    protected String readPath() {
        return "/accounts/no.such.account";
    }

    @Override
    protected String absentPath() {
        return "/participants";
    }
}
