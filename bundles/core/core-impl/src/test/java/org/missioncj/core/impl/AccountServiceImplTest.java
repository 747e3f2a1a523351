package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.ValidationException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditOutcome;
import org.missioncj.core.api.audit.AuditQuery;
import org.missioncj.core.api.audit.AuditRecord;
import org.missioncj.core.api.security.dto.Account;

class AccountServiceImplTest {
    private static final String PASSWORD = "synthetic-pass-0001";
    private final Actor admin = new Actor("pa.test", EnumSet.of(Role.PROGRAM_ADMIN), "OPERATIONS");
    private final Actor cm = new Actor("cm.other", EnumSet.of(Role.CASE_MANAGER), null);
    private DatabaseComponent db;
    private AuditServiceImpl audit;
    private AccountServiceImpl accounts;

    @BeforeEach
    void setUp() {
        db = new DatabaseComponent(InMemoryDerby.create());
        audit = new AuditServiceImpl(db);
        accounts = new AccountServiceImpl(db, audit, null, SiteClock.of(Clock.systemUTC()), 1);
    }

    private static Account account(String username, Role... roles) {
        Account a = new Account();
        a.username = username;
        a.displayName = "Test " + username;
        a.roles = EnumSet.of(roles[0], roles);
        return a;
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field + ": " + x.reason).collect(Collectors.toList());
    }

    @Test
    void passwordsNeedTwelveCharactersAndMustNotBeTheUserName() {
        Validator v = new Validator();
        AccountServiceImpl.validatePassword(v, "password", "cm.rivera", "short".toCharArray());
        AccountServiceImpl.validatePassword(v, "newPassword", "cm.rivera.long", "CM.RIVERA.LONG".toCharArray());
        AccountServiceImpl.validatePassword(v, "password", "cm.rivera", null);
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals(List.of("password: must be at least 12 characters", "newPassword: must not be the user name",
                "password: is required"), fields(e));
        Validator ok = new Validator();
        AccountServiceImpl.validatePassword(ok, "password", "cm.rivera", "twelve chars".toCharArray());
        assertFalse(ok.hasErrors());
    }

    @Test
    void userNamesAreLowerCaseWithAFewSeparators() {
        for (String good : new String[] {"cm.rivera", "abc", "pss_01", "liaison@franklin-court", "0ab"}) {
            Validator v = new Validator();
            AccountServiceImpl.validateUsername(v, good);
            assertFalse(v.hasErrors(), good);
        }
        for (String bad : new String[] {"ab", "CM.Rivera", ".cm", "cm rivera", "cm:rivera", "a".repeat(65)}) {
            Validator v = new Validator();
            AccountServiceImpl.validateUsername(v, bad);
            assertTrue(v.hasErrors(), bad);
        }
    }

    @Test
    void aCourtLiaisonNamesTheCourtItBelongsToAndWhatKindOfRecipientItIs() {
        Validator v = new Validator();
        AccountServiceImpl.validateDetails(v, account("liaison.a", Role.COURT_LIAISON));
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals(List.of("organization", "organizationClass"), e.errors().stream().map(x -> x.field)
                .collect(Collectors.toList()));
        Account withCourt = account("liaison.a", Role.COURT_LIAISON);
        withCourt.organization = "Franklin County Drug Court";
        withCourt.organizationClass = "EMPLOYER";
        Validator wrongClass = new Validator();
        AccountServiceImpl.validateDetails(wrongClass, withCourt);
        assertTrue(wrongClass.hasErrors(), "an employer monitors no one's progress");
        withCourt.organizationClass = "COURT";
        Validator ok = new Validator();
        AccountServiceImpl.validateDetails(ok, withCourt);
        assertFalse(ok.hasErrors());
    }

    @Test
    void anAdminCreatesAnAccountThatSignsInWithItsRoles() {
        Account a = accounts.create(admin, account("cm.rivera", Role.CASE_MANAGER), PASSWORD.toCharArray());
        assertEquals(1, a.version);
        assertTrue(a.enabled);
        assertEquals("pa.test", a.createdBy);
        assertEquals(Set.of(Role.CASE_MANAGER), accounts.verify("cm.rivera", PASSWORD.toCharArray()).get().roles);
        assertTrue(accounts.verify("cm.rivera", "wrong-password-1".toCharArray()).isEmpty());
        assertTrue(accounts.verify("nobody.here", PASSWORD.toCharArray()).isEmpty());
        assertThrows(ConflictException.class,
                () -> accounts.create(admin, account("cm.rivera", Role.PEER_SPECIALIST), PASSWORD.toCharArray()));
        assertEquals(1, accounts.list(admin, PageRequest.of(0, 10)).totalItems);
    }

    @Test
    void onlyProgramAdminsManageAccountsAndRefusalsAreAudited() {
        assertThrows(ForbiddenException.class,
                () -> accounts.create(cm, account("pss.new", Role.PEER_SPECIALIST), PASSWORD.toCharArray()));
        assertThrows(ForbiddenException.class, () -> accounts.list(cm, PageRequest.of(0, 10)));
        AuditQuery q = new AuditQuery();
        q.actor = "cm.other";
        q.outcome = AuditOutcome.DENIED;
        List<String> actions = new ArrayList<>();
        for (AuditRecord r : audit.query(admin, q, PageRequest.of(0, 10)).items) {
            actions.add(r.action);
        }
        assertEquals(List.of("SEARCH", "ACCOUNT_CREATE"), actions);
    }

    @Test
    void disabledAccountsCannotSignInAndAdminsCannotLockThemselvesOut() {
        accounts.create(admin, account("pa.test", Role.PROGRAM_ADMIN), PASSWORD.toCharArray());
        accounts.create(admin, account("pss.kim", Role.PEER_SPECIALIST), PASSWORD.toCharArray());
        accounts.disable(admin, "pss.kim", "left the program");
        assertTrue(accounts.verify("pss.kim", PASSWORD.toCharArray()).isEmpty());
        assertThrows(ConflictException.class, () -> accounts.disable(admin, "pss.kim", "again"));
        accounts.enable(admin, "pss.kim", "came back");
        assertTrue(accounts.verify("pss.kim", PASSWORD.toCharArray()).isPresent());

        ConflictException self = assertThrows(ConflictException.class, () -> accounts.disable(admin, "pa.test", "oops"));
        assertTrue(self.getMessage().contains("your own account"), self.getMessage());
        Account demote = account("pa.test", Role.CASE_MANAGER);
        assertThrows(ConflictException.class, () -> accounts.update(admin, "pa.test", 1, demote));
    }

    @Test
    void roleChangesNeedTheCurrentVersionAndAreAuditedAsPermissionChanges() {
        accounts.create(admin, account("cm.lee", Role.CASE_MANAGER), PASSWORD.toCharArray());
        Account change = account("cm.lee", Role.COURT_LIAISON);
        change.organization = "Franklin County Drug Court";
        change.organizationClass = "COURT";
        Account after = accounts.update(admin, "cm.lee", 1, change);
        assertEquals(2, after.version);
        assertEquals(Set.of(Role.COURT_LIAISON), after.roles);
        assertEquals("Franklin County Drug Court", accounts.find("cm.lee").get().organization);
        assertThrows(PreconditionFailedException.class, () -> accounts.update(admin, "cm.lee", 1, change));
        AuditQuery q = new AuditQuery();
        q.action = "PERMISSION_CHANGE";
        AuditRecord r = audit.query(admin, q, PageRequest.of(0, 10)).items.get(0);
        assertEquals("cm.lee", r.resourceId);
        assertEquals("roles added [COURT_LIAISON], removed [CASE_MANAGER]; now [COURT_LIAISON]", r.detail);
    }

    @Test
    void passwordsChangeWithTheCurrentOneOrByAnAdminAndNeverReachTheAuditTrail() {
        accounts.create(admin, account("cm.ortiz", Role.CASE_MANAGER), PASSWORD.toCharArray());
        Actor ortiz = new Actor("cm.ortiz", EnumSet.of(Role.CASE_MANAGER), null);
        ValidationException wrong = assertThrows(ValidationException.class, () -> accounts.changeOwnPassword(ortiz,
                "not-the-password".toCharArray(), "synthetic-pass-0002".toCharArray()));
        assertEquals("currentPassword", wrong.errors().get(0).field);
        accounts.changeOwnPassword(ortiz, PASSWORD.toCharArray(), "synthetic-pass-0002".toCharArray());
        assertTrue(accounts.verify("cm.ortiz", "synthetic-pass-0002".toCharArray()).isPresent());
        assertTrue(accounts.verify("cm.ortiz", PASSWORD.toCharArray()).isEmpty());
        accounts.setPassword(admin, "cm.ortiz", "synthetic-pass-0003".toCharArray());
        assertTrue(accounts.verify("cm.ortiz", "synthetic-pass-0003".toCharArray()).isPresent());
        assertThrows(ConflictException.class, () -> accounts.changeOwnPassword(admin, PASSWORD.toCharArray(),
                "synthetic-pass-0004".toCharArray()), "an operator sign-in is not a database account");
        for (AuditRecord r : audit.query(admin, new AuditQuery(), PageRequest.of(0, 200)).items) {
            String d = String.valueOf(r.detail);
            assertFalse(d.contains("synthetic-pass") || d.contains("pbkdf2") || d.contains("not-the-password"), d);
        }
    }

    @Test
    void aNameThatIsNotExactlyTheAccountsIsNoSignInAndNoAccount() {
        accounts.create(admin, account("admin.two", Role.PROGRAM_ADMIN), PASSWORD.toCharArray());
        // Derby compares VARCHARs ignoring trailing spaces: the service must not
        assertTrue(accounts.verify("admin.two  ", PASSWORD.toCharArray()).isEmpty());
        assertTrue(accounts.find("admin.two  ").isEmpty());
        assertEquals("admin.two", accounts.verify("admin.two", PASSWORD.toCharArray()).get().username);
        assertFalse(org.missioncj.core.api.security.AccountService.isUsername("admin.two  "));
        assertFalse(org.missioncj.core.api.security.AccountService.isUsername("Admin.Two"));
        assertThrows(org.missioncj.core.api.NotFoundException.class, () -> accounts.disable(admin, "admin.two ", "test"));
    }

    @Test
    void aWeakerHashIsMadeAgainAtTheNextSignIn() {
        AccountServiceImpl weak = new AccountServiceImpl(db, audit, null, SiteClock.of(Clock.systemUTC()), 10_000);
        weak.create(admin, account("cm.old", Role.CASE_MANAGER), PASSWORD.toCharArray());
        AccountServiceImpl strong = new AccountServiceImpl(db, audit, null, SiteClock.of(Clock.systemUTC()), 20_000);
        assertTrue(strong.verify("cm.old", PASSWORD.toCharArray()).isPresent());
        AuditQuery q = new AuditQuery();
        q.action = "PASSWORD_REHASH";
        assertEquals(1, audit.query(admin, q, PageRequest.of(0, 5)).totalItems);
        assertTrue(strong.verify("cm.old", PASSWORD.toCharArray()).isPresent(), "the new hash verifies");
        assertEquals(1, audit.query(admin, q, PageRequest.of(0, 5)).totalItems, "and is not made again");
        assertEquals(1, strong.get(admin, "cm.old").version, "a re-hash is no change of the account");
    }

    @Test
    void commonAndMalformedPasswordsAreRefused() {
        for (String bad : new String[] {"password1234", "Password1234", "qwertyuiop12", "aaaaaaaaaaaa", "            ",
            "abc\u0000defghijklmn", "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00",
            "x".repeat(129) + "yzabc"}) {
            Validator v = new Validator();
            AccountServiceImpl.validatePassword(v, "password", "cm.test", bad.toCharArray());
            assertTrue(v.hasErrors(), bad);
        }
        Validator ok = new Validator();
        AccountServiceImpl.validatePassword(ok, "password", "cm.test", "violet lantern orchard".toCharArray());
        assertFalse(ok.hasErrors());
    }

    @Test
    void passwordsMadeOfTheUserNameOrThePlatformsWordsAreRefused() {
        // the review's finds: the user name or the product's name with digits or symbols added
        String[][] bad = {{"signin.test", "signin.test123"}, {"signin.test", "SIGNIN.TEST!!"}, {"cm.test", "administrator1"},
            {"cm.test", "Mission-CJ-2026"}, {"cm.test", "CaseManager#2026"},
            // the second review's: the name's parts in any order, repeated, with the program's words, in leetspeak
            {"admin.two", "Admin.Two-Mission-2026"}, {"admin.two", "two.admin.2026!"}, {"admin.two", "TwoAdmin-2026!!"},
            {"admin.two", "admintwo-admintwo"}, {"cm.test", "M1ss10n-CJ-2026!"}, {"cm.test", "Adm1n1strat0r2026"}};
        for (String[] b : bad) {
            Validator v = new Validator();
            AccountServiceImpl.validatePassword(v, "password", b[0], b[1].toCharArray());
            assertTrue(v.hasErrors(), b[1]);
        }
        Validator ok = new Validator();
        AccountServiceImpl.validatePassword(ok, "password", "signin.test", "signin copper meadow 7".toCharArray());
        assertFalse(ok.hasErrors(), "the name among other words is fine");
        Validator display = new Validator();
        AccountServiceImpl.validatePassword(display, "password", "pa.x", "PatAdmin-2026!".toCharArray(), "Pat Admin");
        assertTrue(display.hasErrors(), "the display name with digits added");
    }

    @Test
    void noAccountTakesTheNameOfAnOperatorSignIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("users.properties");
        java.nio.file.Files.writeString(file, "admin.boot = {CRYPT}x{CRYPT},_g_:admingroup\n_g_\\:admingroup = group,admin\n");
        accounts.setOperators(new OperatorFile(file));
        ConflictException e = assertThrows(ConflictException.class,
                () -> accounts.create(admin, account("admin.boot", Role.PROGRAM_ADMIN), PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("users.properties"), e.getMessage());
        accounts.create(admin, account("admin.other", Role.PROGRAM_ADMIN), PASSWORD.toCharArray());
        assertFalse(new OperatorFile(file).has("admingroup"), "a group is no sign-in");
    }

    @Test
    void anAdminChangesNoRoleOrOrganizationOfTheirOwn() {
        accounts.create(admin, account("pa.two", Role.PROGRAM_ADMIN), PASSWORD.toCharArray());
        Actor two = new Actor("pa.two", EnumSet.of(Role.PROGRAM_ADMIN), null);
        Account more = account("pa.two", Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER);
        assertThrows(ForbiddenException.class, () -> accounts.update(two, "pa.two", 1, more),
                "no one grants themselves the privacy officer's role");
        Account renamed = account("pa.two", Role.PROGRAM_ADMIN);
        renamed.displayName = "Pat Two";
        assertEquals("Pat Two", accounts.update(two, "pa.two", 1, renamed).displayName, "the display name is theirs to change");
        assertEquals(Set.of(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER),
                accounts.update(admin, "pa.two", 2, more).roles, "another admin may");
    }

    @Test
    void aCourtLiaisonIsNeverAlsoStaff() {
        Account both = account("liaison.x", Role.CASE_MANAGER, Role.COURT_LIAISON);
        both.organization = "Alder County Drug Court";
        both.organizationClass = "COURT";
        ValidationException e = assertThrows(ValidationException.class,
                () -> accounts.create(admin, both, PASSWORD.toCharArray()));
        assertTrue(fields(e).toString().contains("COURT_LIAISON is a role of its own"), fields(e).toString());
    }
}
