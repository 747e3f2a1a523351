package org.missioncj.core.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.Page;
import org.missioncj.core.api.rest.MissionRest;
import org.missioncj.core.api.rest.RestSupport;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff accounts, for program admins. Documented in core.yaml; a password never comes back. */
@Component(service = Object.class, property = MissionRest.RESOURCE + "=true")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    /** POST /accounts: the account and its first password. */
    public static class NewAccount extends Account {
        public String password;
    }

    /** Body of disable and enable. */
    public static class StatusChange {
        public String reason;
    }

    /** Body of an admin's password reset. */
    public static class PasswordReset {
        public String password;
    }

    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    public Response create(@Context SecurityContext sc, NewAccount input) {
        Account a = accounts.create(RestSupport.actor(sc), input, chars(input == null ? null : input.password));
        return Response.created(URI.create("accounts/" + a.username)).tag(RestSupport.etag(a.version)).entity(a).build();
    }

    @GET
    public Page<Account> list(@Context SecurityContext sc, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return accounts.list(RestSupport.actor(sc), RestSupport.page(page, size));
    }

    @GET
    @Path("{username}")
    public Response get(@Context SecurityContext sc, @PathParam("username") String username) {
        return withTag(accounts.get(RestSupport.actor(sc), username));
    }

    @PUT
    @Path("{username}")
    public Response update(@Context SecurityContext sc, @PathParam("username") String username,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Account input) {
        long expected = RestSupport.expectedVersion(ifMatch);
        return withTag(accounts.update(RestSupport.actor(sc), username, expected, input));
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@Context SecurityContext sc, @PathParam("username") String username, StatusChange body) {
        return withTag(accounts.disable(RestSupport.actor(sc), username, body == null ? null : body.reason));
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@Context SecurityContext sc, @PathParam("username") String username, StatusChange body) {
        return withTag(accounts.enable(RestSupport.actor(sc), username, body == null ? null : body.reason));
    }

    @POST
    @Path("{username}/password")
    public Response resetPassword(@Context SecurityContext sc, @PathParam("username") String username,
            PasswordReset body) {
        return withTag(accounts.setPassword(RestSupport.actor(sc), username, chars(body == null ? null : body.password)));
    }

    private static Response withTag(Account a) {
        return Response.ok(a).tag(RestSupport.etag(a.version)).build();
    }

    static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
