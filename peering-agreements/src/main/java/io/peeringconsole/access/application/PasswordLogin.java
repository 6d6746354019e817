package io.peeringconsole.access.application;

import io.peeringconsole.access.domain.Account;
import io.peeringconsole.access.domain.LockoutPolicy;
import io.peeringconsole.access.domain.Username;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.SafeText;
import io.peeringconsole.rules.application.AuditStates;
import io.peeringconsole.truststore.password.PasswordHasher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One login attempt. The password is always hashed, also for unknown, disabled and locked accounts, so that the
 * time taken does not tell which names exist. Whoever asks learns only "no"; the audit entry records why.
 */
final class PasswordLogin {

    static final String REJECTED = "Wrong user name or password, or the account is locked or disabled.";
    static final String ANONYMOUS_ROLE = "NONE";

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final AuditTrail auditTrail;
    private final LockoutPolicy lockoutPolicy;
    private final Supplier<String> timingDecoy;
    private final RecentlyVerifiedPasswords recentlyVerified;

    /**
     * {@code timingDecoy} gives a hash of a password nobody knows, to verify against for unknown names;
     * {@code recentlyVerified} spares API requests (those without {@code recordSuccess}) the hash when the same
     * credentials passed it moments ago.
     */
    PasswordLogin(EntityManager em, PasswordHasher hasher, AuditTrail auditTrail, LockoutPolicy lockoutPolicy,
            Supplier<String> timingDecoy, RecentlyVerifiedPasswords recentlyVerified) {
        this.em = em;
        this.hasher = hasher;
        this.auditTrail = auditTrail;
        this.lockoutPolicy = lockoutPolicy;
        this.timingDecoy = timingDecoy;
        this.recentlyVerified = recentlyVerified;
    }

    AuthenticationResult attempt(String username, char[] password, String source, boolean recordSuccess,
            Instant now) {
        char[] candidate = password == null ? new char[0] : password;
        Optional<Account> found = new AccountChecks(em).byUsername(Username.lookupKey(username));
        if (found.isEmpty()) {
            hasher.verify(candidate, timingDecoy.get());
            return rejected(username, source, "unknown user", null);
        }
        Account account = found.get();
        boolean remembered = !recordSuccess
                && recentlyVerified.holds(username, candidate, account.passwordHash(), now);
        boolean matches = remembered || hasher.verify(candidate, account.passwordHash());
        if (!matches || recordSuccess || account.failedAttempts() > 0) {
            // This attempt writes: under a row lock, concurrent guesses are neither lost nor failed as stale.
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        if (!account.isEnabled()) {
            return rejected(username, source, "disabled", account);
        }
        if (account.isLockedAt(now)) {
            return rejected(username, source, "locked", account);
        }
        if (!matches) {
            account.recordFailedLogin(now, lockoutPolicy);
            return rejected(username, source, account.isLockedAt(now) ? "wrong password, now locked"
                    : "wrong password", account);
        }
        if (!recordSuccess && !remembered) {
            recentlyVerified.remember(username, candidate, account.passwordHash(), now);
        }
        return accepted(account, source, recordSuccess, now);
    }

    private AuthenticationResult accepted(Account account, String source, boolean recordSuccess, Instant now) {
        // Without recordSuccess (a REST request) nothing is written unless a failure series has to end.
        if (recordSuccess || account.failedAttempts() > 0) {
            account.recordSuccessfulLogin(now);
            em.flush();
        }
        var operator = account.asOperator(source);
        if (recordSuccess) {
            auditTrail.record(operator.actor(), AuditEvent.of("LOGIN", AccountService.TARGET_TYPE,
                    account.username()));
        }
        return new AuthenticationResult.Authenticated(operator);
    }

    /**
     * Records the refusal. An unknown name is recorded only as its keyed hash: what people type into the user field
     * is sometimes their password, and a name that is no account is nobody's to read. A known account is named as
     * it is stored, which is what the officer needs to see an attack on it.
     */
    private AuthenticationResult rejected(String typed, String source, String reason, Account account) {
        String name = SafeText.bounded(typed == null ? "" : typed.strip(), Username.MAX_LENGTH);
        var after = AuditStates.object().add("reason", reason);
        AuditEvent event;
        Actor actor;
        if (account == null) {
            actor = new Actor(AccountService.UNKNOWN_USER, ANONYMOUS_ROLE, source);
            event = AuditEvent.of("LOGIN_FAILED", AccountService.TARGET_TYPE, null).failed()
                    .after(AuditStates.text(after)).sensitive("attemptedUsername", name);
        } else {
            em.flush();
            after.add("username", account.username()).add("failedAttempts", account.failedAttempts());
            AuditStates.put(after, "lockedUntil", account.lockedUntil());
            actor = new Actor(account.username(), ANONYMOUS_ROLE, source);
            event = AuditEvent.of("LOGIN_FAILED", AccountService.TARGET_TYPE, account.username()).failed()
                    .after(AuditStates.text(after));
        }
        auditTrail.record(actor, event);
        return new AuthenticationResult.Rejected(REJECTED);
    }
}
