package org.missioncj.core.rest;

import java.lang.reflect.Method;
import java.security.Principal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.rest.ActorPrincipal;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.Public;
import org.missioncj.core.api.rest.SignInRefused;

/**
 * Every resource not marked {@link Public} needs a signed-in user (a public one takes a sign-in
 * too, when one is sent), checked by {@link SignInCheck}: a refusal is its 401 with the challenge, or its
 * problem (403 {@code insecure-transport}, 429 with {@code Retry-After}).
 */
@javax.annotation.Priority(javax.ws.rs.Priorities.AUTHENTICATION)
final class SecurityFilter implements ContainerRequestFilter {
    private final SignInCheck check;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private javax.servlet.http.HttpServletResponse servletResponse;

    SecurityFilter(SignInCheck check) {
        this.check = check;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Transport transport = Transport.of(servletRequest, check.proxies());
        request.setProperty(Transport.PROPERTY, transport);
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (isPublic() && header == null) {
            return;
        }
        Actor actor;
        try {
            actor = check.signIn(transport, header, request.getHeaderString(MissionRest.PURPOSE_HEADER));
        } catch (SignInRefused refused) {
            unread();
            if (refused.status() == 401) {
                throw new NotAuthorizedException(refused.getMessage(), SignInRefused.CHALLENGE);
            }
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problem.of(refused.status(), refused.type(), refused.title(), refused.getMessage()).toResponse());
            if (refused.retryAfterSeconds() > 0) {
                answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            }
            request.abortWith(answer.build());
            return;
        }
        org.apache.cxf.message.Message current = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
        if (current != null) {
            current.put(UnreadBody.SIGNED_IN, Boolean.TRUE);
        }
        boolean secure = transport.secure;
        request.setSecurityContext(new SecurityContext() {
            private final ActorPrincipal principal = new ActorPrincipal(actor);

            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Role.parse(role).map(actor::hasRole).orElse(false);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        });
    }

    /** A refused request's body is never read ({@link UnreadBody}): the connection closes after the answer. */
    private void unread() {
        if (servletResponse != null) {
            servletResponse.setHeader("Connection", "close");
        }
    }

    private boolean isPublic() {
        if (resourceInfo == null) {
            return false;
        }
        Method m = resourceInfo.getResourceMethod();
        Class<?> c = resourceInfo.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }
}
