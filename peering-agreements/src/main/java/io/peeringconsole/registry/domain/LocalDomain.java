package io.peeringconsole.registry.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A domain this console administers (a tenant). Its name never changes; agreements and admins hang off it. */
@Entity
@Table(name = "local_domain")
public class LocalDomain {

    public static final int MAX_DISPLAY_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", length = 253, nullable = false, unique = true, updatable = false)
    private String name;

    @Column(name = "display_name", length = MAX_DISPLAY_NAME, nullable = false)
    private String displayName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LocalDomain() {
        // for JPA
    }

    /** A blank display name falls back to the domain name itself. */
    public static LocalDomain register(DomainName name, String displayName, Instant now) {
        LocalDomain domain = new LocalDomain();
        domain.name = name.asString();
        domain.displayName = checkedDisplayName(displayName, domain.name);
        domain.createdAt = now;
        return domain;
    }

    public void rename(String newDisplayName) {
        displayName = checkedDisplayName(newDisplayName, name);
    }

    private static String checkedDisplayName(String raw, String fallback) {
        String trimmed = SafeText.trimToNull(raw);
        if (trimmed == null) {
            return fallback;
        }
        if (trimmed.length() > MAX_DISPLAY_NAME) {
            throw new RuleViolationException("displayName", "A display name may have at most " + MAX_DISPLAY_NAME
                    + " characters; this one has " + trimmed.length() + ".");
        }
        if (SafeText.hasControlCharacters(trimmed)) {
            throw new RuleViolationException("displayName", "The display name " + SafeText.quote(trimmed)
                    + " contains control characters; type it on one line.");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return displayName;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
