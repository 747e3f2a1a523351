package org.missioncj.core.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a resource method take a request body larger than the platform's limit ({@code maxBodyBytes}, 1 MiB by
 * default), up to {@link #maxBytes}: a file upload such as a service directory import. Every other method keeps the
 * platform's limit, so a large body is accepted only where it is meant to be; the body is still read only after the
 * sign-in, and one over this limit is 413.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
    /** The largest body this method takes, in bytes. */
    long maxBytes();

    /**
     * The roles whose requests may be that large (any of them); everyone else keeps the platform's limit, so that
     * a caller the method would refuse cannot make the server hold a large body first. Empty: every signed-in caller.
     */
    String[] roles() default {};
}
