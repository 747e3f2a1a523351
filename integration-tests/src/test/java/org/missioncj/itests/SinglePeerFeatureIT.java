package org.missioncj.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** mission-peer alone (with the curriculum, CTI and registry it needs), without mission-drt. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SinglePeerFeatureIT extends SingleFeatureSupport {
    @Override
    protected String feature() {
        return "mission-peer";
    }

    @Override
    protected List<String> modules() {
        return List.of("core", "cti", "curriculum", "peer", "registry");
    }

    @Override
    protected String readPath() {
        return "/peer/sessions/none";
    }

    @Override
    protected String absentPath() {
        return "/drt/sessions?participantId=x";
    }
}
