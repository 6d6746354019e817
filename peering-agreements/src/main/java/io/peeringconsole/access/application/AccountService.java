package io.peeringconsole.access.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Account;
import io.peeringconsole.access.domain.LockoutPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.PasswordRule;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.access.domain.Username;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.AuditStates;
import io.peeringconsole.rules.application.LikePattern;
import io.peeringconsole.rules.application.PageWindow;
import io.peeringconsole.truststore.password.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts and logins (C9): the first-run administrator, password checks with lockout, and the ADMIN's account
 * management. Every change and every login attempt lands in the audit trail; password hashes never do.
 */
@ApplicationScoped
public class AccountService {

    /** The actor of a failed login with a name that is no account; the typed name is kept as a keyed hash only. */
    public static final String UNKNOWN_USER = "(unknown user)";


    static final String TARGET_TYPE = "Account";
    static final String BOOTSTRAP_USERNAME = "admin";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PasswordHasher hasher;

    Clock clock = Clock.systemUTC();

    LockoutPolicy lockoutPolicy = LockoutPolicy.DEFAULT;

    private volatile String timingDecoy;

    private final RecentlyVerifiedPasswords recentlyVerified = new RecentlyVerifiedPasswords(Duration.ofSeconds(60),
            10_000);

    /**
     * Creates the account {@code admin} (role ADMIN) when there is no account at all. Returns the generated password,
     * to be shown once, when none was configured; empty when accounts exist or the configured password was used.
     */
    @Transactional
    public Optional<String> bootstrapAdmin(String configuredPassword) {
        // Nodes starting together on an empty database would each see no account and race to insert "admin". The
        // bootstrap appends to the audit chain anyway, so it takes the chain head's lock first: the second node waits,
        // then counts the first node's committed admin and leaves it be.
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? GeneratedPasswords.next() : configuredPassword;
        PasswordRule.check(BOOTSTRAP_USERNAME, password.toCharArray());
        Account admin = Account.open(BOOTSTRAP_USERNAME, hasher.hash(password.toCharArray()), Set.of(Role.ADMIN),
                Set.of(), now());
        em.persist(admin);
        em.flush();
        String after = AuditStates.text(AuditStates.object()
                .add("username", admin.username())
                .add("roles", AuditStates.strings(List.of(Role.ADMIN.name())))
                .add("credentialOrigin", generate ? "generated" : "configured"));
        auditTrail.record(Actor.system(), AuditEvent.of("ACCOUNT_BOOTSTRAPPED", TARGET_TYPE, admin.username())
                .after(after));
        return generate ? Optional.of(password) : Optional.empty();
    }

    /**
     * Checks a user name and password. Every refusal gives the same message and commits its bookkeeping (failure
     * count, lockout, LOGIN_FAILED entry); {@code recordSuccess} false spares a LOGIN entry per REST request.
     */
    @Transactional
    public AuthenticationResult authenticate(String username, char[] password, String sourceAddress,
            boolean recordSuccess) {
        return new PasswordLogin(em, hasher, auditTrail, lockoutPolicy, this::timingDecoy, recentlyVerified)
                .attempt(username, password, sourceAddress, recordSuccess, now());
    }

    @Transactional
    public AccountView create(Operator op, NewAccount cmd) {
        AccessPolicy.requireCanManageAccounts(op);
        String username = Username.normalise(cmd.username());
        PasswordRule.check(username, cmd.password());
        Set<String> domains = new AccountChecks(em).existingLocalDomains(cmd.localDomains());
        new AccountChecks(em).refuseTakenUsername(username);
        Account account = Account.open(username, hasher.hash(cmd.password()), cmd.roles(), domains, now());
        new AccountChecks(em).flushing(username, () -> em.persist(account));
        AccountView view = AccountView.of(account);
        record(op, AuditEvent.of("ACCOUNT_CREATED", TARGET_TYPE, username).after(view.auditState()));
        return view;
    }

    /** Disables another account; an administrator cannot lock themselves out this way. */
    @Transactional
    public void disable(Operator op, long id) {
        AccessPolicy.requireCanManageAccounts(op);
        Account account = load(id);
        if (account.username().equals(op.username())) {
            throw new RuleViolationException(null, "You cannot disable your own account; ask another"
                    + " administrator to do it.");
        }
        if (account.isEnabled()) {
            change(op, "ACCOUNT_DISABLED", account, account::disable);
        }
    }

    /** Enables an account and lifts any lockout. */
    @Transactional
    public void enable(Operator op, long id) {
        AccessPolicy.requireCanManageAccounts(op);
        Account account = load(id);
        if (!account.isEnabled() || account.lockedUntil() != null || account.failedAttempts() > 0) {
            change(op, "ACCOUNT_ENABLED", account, account::enable);
        }
    }

    /** An ADMIN may set anyone's password; everyone else only their own. */
    @Transactional
    public void changePassword(Operator op, long id, char[] newPassword) {
        Account account = em.find(Account.class, id);
        boolean own = account != null && account.username().equals(op.username());
        if (!own && !AccessPolicy.canManageAccounts(op)) {
            throw new AccessDeniedException("Changing another account's password needs the ADMIN role.");
        }
        if (account == null) {
            throw notFound(id);
        }
        PasswordRule.check(account.username(), newPassword);
        String hash = hasher.hash(newPassword);
        change(op, "PASSWORD_CHANGED", account, () -> account.changePasswordHash(hash));
    }

    /** Accounts by user name; {@code text}, when given, keeps those whose user name contains it. */
    @Transactional
    public Page<AccountView> list(Operator op, String text, int offset, int limit) {
        AccessPolicy.requireCanManageAccounts(op);
        PageWindow.check(offset, limit);
        String pattern = LikePattern.containing(text);
        String where = pattern == null ? "" : " where a.username like :text escape '!'";
        var count = em.createQuery("select count(a) from Account a" + where, Long.class);
        var page = em.createQuery("select a from Account a" + where + " order by a.username", Account.class);
        if (pattern != null) {
            count.setParameter("text", pattern);
            page.setParameter("text", pattern);
        }
        var items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items.stream().map(AccountView::of).toList(), count.getSingleResult(), offset, limit);
    }

    /** The operator an enabled account acts as, to refresh a session; empty once it is disabled or deleted. */
    @Transactional
    public Optional<Operator> operatorFor(String username, String sourceAddress) {
        return new AccountChecks(em).byUsername(Username.lookupKey(username))
                .filter(Account::isEnabled)
                .map(account -> account.asOperator(sourceAddress));
    }

    private void change(Operator op, String action, Account account, Runnable verb) {
        String before = AccountView.of(account).auditState();
        new AccountChecks(em).flushing(account.username(), verb);
        String after = AccountView.of(account).auditState();
        record(op, AuditEvent.of(action, TARGET_TYPE, account.username()).before(before).after(after));
    }

    private void record(Operator op, AuditEvent event) {
        auditTrail.record(op.actor(), event);
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw notFound(id);
        }
        return account;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no account with id " + id + "; it may have been deleted.");
    }

    private String timingDecoy() {
        String decoy = timingDecoy;
        if (decoy == null) {
            decoy = hasher.hash(GeneratedPasswords.next().toCharArray());
            timingDecoy = decoy;
        }
        return decoy;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
