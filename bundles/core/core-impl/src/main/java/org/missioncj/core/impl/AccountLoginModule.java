package org.missioncj.core.impl;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.security.AccountService;
import org.missioncj.core.api.security.dto.Account;
import org.slf4j.LoggerFactory;

/**
 * The database accounts' entry of the {@code mission} JAAS realm (see {@link MissionRealm}). A user
 * name the database does not know is not this module's business: it answers "ignore me" and the
 * next entry (etc/users.properties) decides. A known account with a wrong password, or a disabled
 * one, fails the sign-in outright, whatever other entries would say.
 *
 * <p>Karaf's {@code ProxyLoginModule} creates it with its no-argument constructor; the account
 * service arrives in the options.
 */
public final class AccountLoginModule implements LoginModule {
    static final String ACCOUNTS_OPTION = "org.missioncj.core.accounts.service";

    private Subject subject;
    private CallbackHandler callbacks;
    private AccountService accounts;
    private String username;
    private Set<Role> roles;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.accounts = (AccountService) options.get(ACCOUNTS_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        if (accounts == null || callbacks == null) {
            throw new LoginException("The mission account service is not available");
        }
        NameCallback name = new NameCallback("User name: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read the credentials: " + e.getMessage());
        }
        String user = name.getName();
        char[] secret = password.getPassword();
        password.clearPassword();
        if (user == null || secret == null) {
            return false;
        }
        if (OperatorFile.standard().has(user)) {
            // the name is an operator's of etc/users.properties: that file decides, never a database account of that name
            if (accounts.find(user).isPresent()) {
                LoggerFactory.getLogger(AccountLoginModule.class).error("Database account {} has the name of a sign-in of "
                        + "etc/users.properties and is never used: disable it, and give its holder another name", user);
            }
            return false;
        }
        try {
            // verify first, for every name: it hashes even for an unknown one, so the time a
            // sign-in takes does not tell a guesser which names are database accounts
            Optional<Account> granted = accounts.verify(user, secret);
            if (granted.isPresent()) {
                // the principal is the stored name, never the text that was sent
                username = granted.get().username;
                roles = granted.get().roles;
                return true;
            }
            if (accounts.find(user).isEmpty()) {
                return false;
            }
            throw new FailedLoginException("Wrong password or disabled account");
        } catch (RuntimeException e) {
            // fail closed: without the database nobody is let in on an account's behalf
            throw new LoginException("The mission account service failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean commit() {
        if (username == null) {
            return false;
        }
        principals.add(new UserPrincipal(username));
        for (Role r : roles) {
            principals.add(new RolePrincipal(r.name()));
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        boolean ours = username != null;
        username = null;
        roles = null;
        principals.clear();
        return ours;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        username = null;
        roles = null;
        return true;
    }
}
