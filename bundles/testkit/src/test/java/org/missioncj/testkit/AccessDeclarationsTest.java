package org.missioncj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

class AccessDeclarationsTest {
    /** Rules that disagree with fragment.yaml in every way the check knows. */
    public static final class Rules {
        public static final AccessRule GET = AccessRule.of("getThing", "read", AccessRule.Scope.TEAM,
                Set.of(Role.CASE_MANAGER, Role.PEER_SPECIALIST, Role.PROGRAM_ADMIN));
        public static final AccessRule UPDATE = AccessRule.of("updateThing", "change", AccessRule.Scope.TEAM,
                Set.of(Role.PROGRAM_ADMIN));
        public static final AccessRule DELETE = AccessRule.of("deleteThing", "remove", AccessRule.Scope.ANY,
                Set.of(Role.PROGRAM_ADMIN));
    }

    @Test
    void everyDisagreementIsNamed() throws Exception {
        assertEquals(List.of(
                "getThing: the document says roles [CASE_MANAGER, PROGRAM_ADMIN], the rule [CASE_MANAGER, PEER_SPECIALIST, PROGRAM_ADMIN]",
                "updateThing: the document says scope any, the rule TEAM",
                "GET /things (listThings): no access rule in Rules",
                "deleteThing: a rule of Rules that guards no operation of the fragment"),
                AccessDeclarations.problems(getClass().getResource("/fragment.yaml"), Rules.class));
    }
}
