package io.peeringconsole.access.domain;

import static io.peeringconsole.access.domain.AccountBuilder.anAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;
    private static final Instant T0 = Instant.parse("2025-03-02T12:00:00Z");

    private static void fail(Account account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at.plusSeconds(i), POLICY);
        }
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        Account account = anAccount().build();
        fail(account, 4, T0);
        assertFalse(account.isLockedAt(T0.plusSeconds(4)));
        assertEquals(4, account.failedAttempts());
        account.recordFailedLogin(T0.plusSeconds(4), POLICY);
        assertTrue(account.isLockedAt(T0.plusSeconds(5)));
        assertEquals(T0.plusSeconds(4).plus(Duration.ofMinutes(15)), account.lockedUntil());
    }

    @Test
    void theLockLastsFifteenMinutes() {
        Account account = anAccount().build();
        fail(account, 5, T0);
        Instant lockedAt = T0.plusSeconds(4);
        assertTrue(account.isLockedAt(lockedAt.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(account.isLockedAt(lockedAt.plus(Duration.ofMinutes(15))));
    }

    @Test
    void guessesWhileLockedNeitherCountNorProlong() {
        Account account = anAccount().build();
        fail(account, 5, T0);
        Instant until = account.lockedUntil();
        fail(account, 10, T0.plusSeconds(60));
        assertEquals(until, account.lockedUntil());
        assertEquals(5, account.failedAttempts());
    }

    @Test
    void afterTheLockAFreshSeriesBegins() {
        Account account = anAccount().build();
        fail(account, 5, T0);
        Instant afterLock = account.lockedUntil().plusSeconds(1);
        account.recordFailedLogin(afterLock, POLICY);
        assertEquals(1, account.failedAttempts());
        assertFalse(account.isLockedAt(afterLock));
    }

    @Test
    void successResetsTheSeries() {
        Account account = anAccount().build();
        fail(account, 4, T0);
        account.recordSuccessfulLogin(T0.plusSeconds(10));
        assertEquals(0, account.failedAttempts());
        assertEquals(T0.plusSeconds(10), account.lastLoginAt());
        fail(account, 4, T0.plusSeconds(20));
        assertFalse(account.isLockedAt(T0.plusSeconds(30)));
    }

    @Test
    void lockedOrDisabledAccountsCannotLogIn() {
        Account locked = anAccount().build();
        fail(locked, 5, T0);
        assertThrows(IllegalStateException.class, () -> locked.recordSuccessfulLogin(T0.plusSeconds(10)));
        Account disabled = anAccount().build();
        disabled.disable();
        assertFalse(disabled.isEnabled());
        assertThrows(IllegalStateException.class, () -> disabled.recordSuccessfulLogin(T0));
    }

    @Test
    void enablingLiftsTheLock() {
        Account account = anAccount().build();
        fail(account, 5, T0);
        account.disable();
        account.enable();
        assertTrue(account.isEnabled());
        assertFalse(account.isLockedAt(T0.plusSeconds(10)));
        assertNull(account.lockedUntil());
        assertEquals(0, account.failedAttempts());
    }

    @Test
    void aDomainAdminNeedsADomain() {
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> anAccount().withRoles(Role.DOMAIN_ADMIN).build());
        assertEquals("localDomains", refusal.field());
        Account scoped = anAccount().withRoles(Role.DOMAIN_ADMIN).scopedTo("example.com").build();
        assertEquals(Set.of("example.com"), scoped.localDomains());
    }

    @Test
    void otherRolesIgnoreDomains() {
        Account officer = anAccount().withRoles(Role.SECURITY_OFFICER).scopedTo("example.com").build();
        assertEquals(Set.of(), officer.localDomains());
        officer.assignRoles(Set.of(Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER), Set.of("example.org"));
        assertEquals(Set.of("example.org"), officer.localDomains());
        officer.assignRoles(Set.of(Role.ADMIN), Set.of("example.org"));
        assertEquals(Set.of(), officer.localDomains());
    }

    @Test
    void anAccountNeedsARole() {
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> anAccount().withRoles().build());
        assertEquals("roles", refusal.field());
    }

    @Test
    void usernamesAreLowerCasedAndChecked() {
        assertEquals("ops.admin-1", anAccount().named(" Ops.Admin-1 ").build().username());
        for (String bad : new String[] {"ab", "a".repeat(65), "with space", "émile", "semi;colon", ""}) {
            RuleViolationException refusal = assertThrows(RuleViolationException.class,
                    () -> anAccount().named(bad).build(), bad);
            assertEquals("username", refusal.field());
        }
        assertEquals("a".repeat(64), anAccount().named("a".repeat(64)).build().username());
    }

    @Test
    void operatorCarriesRolesAndScope() {
        Operator op = anAccount().withRoles(Role.DOMAIN_ADMIN).scopedTo("example.com").build().asOperator("::1");
        assertEquals("alice", op.username());
        assertEquals(Set.of(Role.DOMAIN_ADMIN), op.roles());
        assertEquals(Set.of("example.com"), op.localDomains());
        assertEquals("::1", op.sourceAddress());
    }

    @Test
    void changingThePasswordHashNeedsOne() {
        Account account = anAccount().build();
        account.changePasswordHash("$argon2id$new");
        assertEquals("$argon2id$new", account.passwordHash());
        assertThrows(IllegalArgumentException.class, () -> account.changePasswordHash(" "));
    }
}
