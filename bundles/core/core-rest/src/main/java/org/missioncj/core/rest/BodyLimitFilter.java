package org.missioncj.core.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.missioncj.core.api.rest.LargeBody;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them, whether the
 * client declared a Content-Length or streamed chunks. It runs after the sign-in ({@link SecurityFilter}):
 * the body of a request whose sign-in is refused is never read, so a stranger who sends a body slowly, or
 * never, holds no server thread.
 */
@Priority(Priorities.AUTHENTICATION + 10)
final class BodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long maxBytes = limit(request);
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(maxBytes));
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        InputStream in = request.getEntityStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        try {
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > maxBytes) {
                    request.abortWith(tooLarge(maxBytes));
                    return;
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException | IllegalStateException cut) {
            // the client stopped sending before the body it announced was complete (the container's idle timeout
            // ended the wait): the client's doing, not a server error
            request.abortWith(Problem.of(400, "incomplete-body", "Incomplete request body",
                    "The request body ended before the length it announced; send the whole body.").toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(buffer.toByteArray()));
    }

    /** The platform's limit, or the larger one the matched method declares with {@link LargeBody} for the caller's roles. */
    private long limit(ContainerRequestContext request) {
        Method m = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        LargeBody large = m == null ? null : m.getAnnotation(LargeBody.class);
        if (large == null || !mayBeLarge(request, large)) {
            return maxBytes;
        }
        return Math.max(maxBytes, large.maxBytes());
    }

    private static boolean mayBeLarge(ContainerRequestContext request, LargeBody large) {
        if (large.roles().length == 0) {
            return true;
        }
        javax.ws.rs.core.SecurityContext sc = request.getSecurityContext();
        for (String role : large.roles()) {
            if (sc != null && sc.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }

    private static javax.ws.rs.core.Response tooLarge(long maxBytes) {
        return Problem.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + maxBytes + " bytes.").toResponse();
    }
}
