package org.missioncj.adapter.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;

import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * What an adapter's endpoint may do for its host system: hand messages in, nothing else. An
 * INTEGRATION account (or a webhook's signature, which the REST adapter turns into an INTEGRATION actor
 * named after its system) reads no participant data.
 */
public final class InboundAccess {
    public static final AccessRule RECEIVE_MESSAGE = AccessRule.of("receiveWebhook", "hand in host-system messages", ANY,
            Set.of(Role.INTEGRATION));

    private InboundAccess() {
    }
}
