package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-drt alone (with the curriculum, CTI and registry it needs), without mission-peer. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleDrtFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-drt";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "cti", "curriculum", "drt", "registry");
    }

    @Override
    protected String readPath() {
        return "/drt/sessions/none";
    }

    @Override
    protected String absentPath() {
        return "/peer/groups";
    }
}
