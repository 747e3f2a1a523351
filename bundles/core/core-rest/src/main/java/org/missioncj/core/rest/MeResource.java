package org.missioncj.core.rest;

import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The signed-in user: who am I, and my own password. */
@Component(service = Object.class, property = MissionRest.RESOURCE + "=true")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
    /** Who is signed in, with the roles of this sign-in. */
    public static class Me {
        public String username;
        public String displayName;
        public String organization;
        public String organizationClass;
        public Set<Role> roles;
        /** {@code database} (a staff account) or {@code users.properties} (an operator sign-in). */
        public String source;
    }

    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    private final AccountService accounts;

    @Activate
    public MeResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public Me me(@Context SecurityContext sc) {
        Actor actor = RestSupport.actor(sc);
        Me me = new Me();
        me.username = actor.username();
        me.roles = actor.roles();
        Optional<Account> account = accounts.find(actor.username());
        me.source = account.isPresent() ? "database" : "users.properties";
        account.ifPresent(a -> {
            me.displayName = a.displayName;
            me.organization = a.organization;
            me.organizationClass = a.organizationClass;
        });
        return me;
    }

    @PUT
    @Path("password")
    public Response changePassword(@Context SecurityContext sc, PasswordChange body) {
        accounts.changeOwnPassword(RestSupport.actor(sc), AccountResource.chars(body == null ? null : body.currentPassword),
                AccountResource.chars(body == null ? null : body.newPassword));
        return Response.noContent().build();
    }
}
