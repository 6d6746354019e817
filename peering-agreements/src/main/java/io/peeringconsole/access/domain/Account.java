package io.peeringconsole.access.domain;

import io.peeringconsole.rules.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person's way into the console: name, password hash, roles and the local domains a domain administrator is
 * scoped to, and the lockout state that slows down password guessing. The hash is opaque here; hashing lives in
 * the trust store.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", length = Username.MAX_LENGTH, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_local_domain", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "local_domain", length = 253, nullable = false)
    private Set<String> localDomains = new HashSet<>();

    protected Account() {
        // for JPA
    }

    /** Opens an enabled account; {@code localDomains} must already be normalised and known to exist. */
    public static Account open(String username, String passwordHash, Set<Role> roles, Set<String> localDomains,
            Instant now) {
        Account account = new Account();
        account.username = Username.normalise(username);
        account.changePasswordHash(passwordHash);
        account.assignRoles(roles, localDomains);
        account.enabled = true;
        account.createdAt = now;
        return account;
    }

    /** Counts a wrong password; the failure that reaches the policy's limit locks the account for its duration. */
    public void recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            return; // guesses against a locked account neither count nor prolong the lock
        }
        if (lockedUntil != null) {
            lockedUntil = null; // the previous lock has run out: a fresh series of attempts begins
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxConsecutiveFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
        }
    }

    /** A correct password from an enabled, unlocked account: the failure series ends. */
    public void recordSuccessfulLogin(Instant now) {
        if (!enabled || isLockedAt(now)) {
            throw new IllegalStateException("A disabled or locked account cannot log in.");
        }
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void disable() {
        enabled = false;
    }

    /** Enabling is also how an administrator lifts a lockout early. */
    public void enable() {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required.");
        }
        passwordHash = newHash;
    }

    /** Domains matter only to a DOMAIN_ADMIN, who needs at least one; for other roles they are dropped. */
    public void assignRoles(Set<Role> newRoles, Set<String> domains) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException("roles", "Choose at least one role: ADMIN, DOMAIN_ADMIN or"
                    + " SECURITY_OFFICER.");
        }
        boolean scoped = newRoles.contains(Role.DOMAIN_ADMIN);
        if (scoped && (domains == null || domains.isEmpty())) {
            throw new RuleViolationException("localDomains", "A DOMAIN_ADMIN needs at least one local domain to"
                    + " administer; choose one or more.");
        }
        roles.clear();
        roles.addAll(EnumSet.copyOf(newRoles));
        localDomains.clear();
        if (scoped) {
            localDomains.addAll(domains);
        }
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> localDomains() {
        return Collections.unmodifiableSet(localDomains);
    }

    /** The operator this account acts as when coming from {@code sourceAddress}. */
    public Operator asOperator(String sourceAddress) {
        return new Operator(username, roles, localDomains, sourceAddress);
    }
}
