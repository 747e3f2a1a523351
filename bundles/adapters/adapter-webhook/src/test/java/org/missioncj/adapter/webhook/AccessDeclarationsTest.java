package org.missioncj.adapter.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.missioncj.testkit.AccessDeclarations;

/** The fragment's operations are exactly InboundAccess's. */
class AccessDeclarationsTest {
    @Test
    void theDocumentAndTheRulesAgree() throws Exception {
        assertEquals(List.of(), AccessDeclarations.problems(getClass().getResource("/openapi/adapter-webhook.yaml"),
                org.missioncj.adapter.api.InboundAccess.class));
    }
}
