package org.missioncj.core.rest;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.rest.ActorPrincipal;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.Public;

/** Every resource not marked {@link Public} needs a signed-in user; failed sign-ins are audited. */
final class SecurityFilter implements ContainerRequestFilter {
    private final Authenticator authenticator;
    private final AuditService audit;

    @Context
    private ResourceInfo resourceInfo;

    SecurityFilter(Authenticator authenticator, AuditService audit) {
        this.authenticator = authenticator;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Optional<String[]> credentials = Authenticator.basicCredentials(
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            throw new NotAuthorizedException("Sign in with HTTP Basic authentication.", "Basic realm=\"mission\"");
        }
        String username = credentials.get()[0];
        if (username.length() > 128) {
            throw new NotAuthorizedException("The user name or password is wrong, or the account is locked.",
                    "Basic realm=\"mission\"");
        }
        String purpose = request.getHeaderString(MissionRest.PURPOSE_HEADER);
        if (purpose != null) {
            new Validator().maxLength(MissionRest.PURPOSE_HEADER, purpose, 64).throwIfInvalid();
        }
        Authenticator.Result result = authenticator.authenticate(username, credentials.get()[1]);
        if (result.identity == null) {
            Actor who = new Actor(username, java.util.Set.of(), purpose);
            String detail = result.lockedUntil == null ? "HTTP Basic sign-in refused by the realm"
                    : result.lockedNow ? "too many failed sign-ins: locked until " + result.lockedUntil
                    : "sign-in refused: locked until " + result.lockedUntil;
            audit.recordIndependently(AuditEntry.of(who, "core", result.lockedNow ? "ACCOUNT_LOCKED" : "LOGIN", "session")
                    .outcome(AuditOutcome.DENIED).detail(detail));
            // The same answer whether the password was wrong or the name is locked: no hint to a guesser.
            throw new NotAuthorizedException("The user name or password is wrong, or the account is locked.",
                    "Basic realm=\"mission\"");
        }
        Authenticator.Identity identity = result.identity;
        Actor actor = new Actor(identity.username, identity.roles, purpose);
        if (result.fresh) {
            // the realm was asked: a sign-in (the cache's reuse of it within seconds is not)
            audit.record(AuditEntry.of(actor, "core", "LOGIN", "session").detail("HTTP Basic sign-in"));
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            private final ActorPrincipal principal = new ActorPrincipal(actor);

            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return org.missioncj.core.api.Role.parse(role).map(actor::hasRole).orElse(false);
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

    private boolean isPublic() {
        if (resourceInfo == null) {
            return false;
        }
        Method m = resourceInfo.getResourceMethod();
        Class<?> c = resourceInfo.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }
}
