package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.FailedLoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.security.dto.Account;

class MissionRealmTest {
    private static final String PASSWORD = "synthetic-pass-0001";
    private AccountServiceImpl accounts;

    @BeforeEach
    void setUp() {
        DatabaseComponent db = new DatabaseComponent(InMemoryDerby.create());
        accounts = new AccountServiceImpl(db, new AuditServiceImpl(db), null, SiteClock.of(Clock.systemUTC()), 1);
        Account a = new Account();
        a.username = "cm.rivera";
        a.displayName = "Test";
        a.roles = EnumSet.of(Role.CASE_MANAGER, Role.PEER_NAVIGATOR);
        Actor admin = new Actor("pa.test", EnumSet.of(Role.PROGRAM_ADMIN), null);
        accounts.create(admin, a, PASSWORD.toCharArray());
    }

    private AccountLoginModule module(Subject subject, String user, String password) {
        AccountLoginModule m = new AccountLoginModule();
        m.initialize(subject, callbacks -> {
            ((NameCallback) callbacks[0]).setName(user);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        }, Map.of(), Map.of(AccountLoginModule.ACCOUNTS_OPTION, accounts));
        return m;
    }

    @Test
    void aDatabaseAccountSignsInWithItsRolesAsPrincipals() throws Exception {
        Subject subject = new Subject();
        AccountLoginModule m = module(subject, "cm.rivera", PASSWORD);
        assertTrue(m.login());
        assertTrue(m.commit());
        Set<String> names = new TreeSet<>();
        for (Principal p : subject.getPrincipals()) {
            names.add(p.getClass().getSimpleName() + ":" + p.getName());
        }
        assertEquals(Set.of("UserPrincipal:cm.rivera", "RolePrincipal:CASE_MANAGER", "RolePrincipal:PEER_NAVIGATOR"), names);
        m.logout();
        assertTrue(subject.getPrincipals().isEmpty());
    }

    @Test
    void anUnknownNameIsLeftToTheNextEntryButAKnownOneIsDecidedHere() throws Exception {
        assertFalse(module(new Subject(), "ops.jane", PASSWORD).login(), "not ours: users.properties decides");
        assertThrows(FailedLoginException.class, () -> module(new Subject(), "cm.rivera", "wrong-password-1").login());
        accounts.disable(new Actor("pa.test", EnumSet.of(Role.PROGRAM_ADMIN), null), "cm.rivera", "left");
        assertThrows(FailedLoginException.class, () -> module(new Subject(), "cm.rivera", PASSWORD).login());
    }

    @Test
    void theRealmAsksTheDatabaseFirstThenKarafsPropertiesEntry() {
        MissionRealm realm = new MissionRealm(accounts, 42);
        assertEquals("mission", realm.getName());
        assertEquals(1, realm.getEntries().length, "no karaf realm yet: database accounts only");

        Map<String, Object> propertiesOptions = Map.of(ProxyLoginModule.PROPERTY_MODULE, MissionRealm.PROPERTIES_MODULE,
                ProxyLoginModule.PROPERTY_BUNDLE, "7", "users", "etc/users.properties", "encryption.enabled", "true");
        AppConfigurationEntry properties = new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.OPTIONAL, propertiesOptions);
        realm.bindRealm(new JaasRealm() {
            @Override
            public String getName() {
                return "karaf";
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {properties};
            }
        });
        AppConfigurationEntry[] entries = realm.getEntries();
        assertEquals(2, entries.length);
        assertEquals(LoginModuleControlFlag.REQUISITE, entries[0].getControlFlag());
        assertEquals(AccountLoginModule.class.getName(), entries[0].getOptions().get(ProxyLoginModule.PROPERTY_MODULE));
        assertEquals("42", entries[0].getOptions().get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertEquals(LoginModuleControlFlag.SUFFICIENT, entries[1].getControlFlag());
        assertEquals(propertiesOptions, entries[1].getOptions());
    }
}
