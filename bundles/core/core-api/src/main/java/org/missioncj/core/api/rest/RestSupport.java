package org.missioncj.core.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.PreconditionRequiredException;
import org.missioncj.core.api.ValidationException;

/** What every resource needs: the acting user, and optimistic concurrency through ETags. */
public final class RestSupport {
    private RestSupport() {
    }

    /** The actor of the request; the security filter guarantees one on every protected resource. */
    public static Actor actor(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof ActorPrincipal) {
            return ((ActorPrincipal) sc.getUserPrincipal()).actor();
        }
        throw new NotAuthorizedException("Basic realm=\"mission\"");
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an update is based on, from {@code If-Match}; not a version we issued: 412. Missing:
     * {@link PreconditionRequiredException#MISSING_VERSION}, which the service turns into 428 once it
     * has checked the caller's access ({@link PreconditionRequiredException#requireVersion}), so that
     * no client overwrites what it has not seen.
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return PreconditionRequiredException.MISSING_VERSION;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not an ETag this API issued.");
        }
    }

    /*
     * Query parameters arrive as text and are parsed here, so a bad value is a 400 that names the
     * parameter (JAX-RS would turn a failed conversion into a 404).
     */

    /** {@code page} and {@code size} query parameters. */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size));
    }

    /** {@code page}, {@code size} and {@code after} query parameters, for a list that pages by key. */
    public static PageRequest page(String page, String size, String after) {
        return PageRequest.of(integer("page", page), integer("size", size), after == null || after.isEmpty() ? null : after);
    }

    public static Integer integer(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date (YYYY-MM-DD)");
        }
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new ValidationException(field, "must be a date of the years 0001 to 9999");
        }
        return d;
    }

    public static Boolean bool(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw new ValidationException(field, "must be true or false");
    }

    public static <E extends Enum<E>> E enumeration(String field, Class<E> type, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
