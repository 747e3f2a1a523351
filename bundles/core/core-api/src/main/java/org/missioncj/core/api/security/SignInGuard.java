package org.missioncj.core.api.security;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Locks a sign-in after repeated failures (by default 5 failures lock it for 10 minutes), and slows
 * down a client address that keeps failing whatever names it tries (password spraying), for every
 * node at once: the counts live in the database.
 */
@ProviderType
public interface SignInGuard {
    /** Until when the user name is locked, if it is now. */
    Optional<Instant> lockedUntil(String username);

    /** Counts a failed sign-in; returns the lock's end if this failure locked the user name. */
    Optional<Instant> failed(String username);

    /** A successful sign-in clears the count. */
    void succeeded(String username);

    /** Until when sign-ins from this client address are refused without being tried, if they are now. */
    Optional<Instant> clientBlockedUntil(String clientAddress);

    /** Counts a failed sign-in from the client address; returns the back-off's end if it blocks the client now. */
    Optional<Instant> clientFailed(String clientAddress);
}
