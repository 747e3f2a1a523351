package org.missioncj.core.api.rest;

import java.security.Principal;

import org.missioncj.core.api.Actor;

/** The principal of an authenticated request: carries the {@link Actor}. */
public final class ActorPrincipal implements Principal {
    private final Actor actor;

    public ActorPrincipal(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }
}
