package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.AuditEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which entries a reader sees, and in which order. Immutable: start from {@link #all()} or a reader's visible
 * domains and narrow with the withers, e.g. {@code filter.between(from, to).byActor("alice").withAction("LOGIN")}.
 * Every criterion is optional; those given must all hold.
 * <p>
 * The visible domains are the reader's scope and are never widened by the other criteria: a domain administrator
 * asking for another domain's entries gets none.
 */
public final class AuditFilter {

    private final Set<String> visibleDomains;
    private final String text;
    private final String targetType;
    private final String targetId;
    private final Instant from;
    private final Instant to;
    private final String actor;
    private final Set<String> actions;
    private final String localDomain;
    private final String outcome;
    private final String containing;
    private final AuditSort sort;

    /**
     * @param visibleDomains only entries of these local domains; {@code null} for every entry, including console-wide
     *                       ones (an empty set shows nothing)
     * @param text           case-insensitive text contained in the action, actor name, target type or target id;
     *                       {@code null} or blank for no text filter
     * @param targetType     only entries about targets of this type (exact), or {@code null}
     * @param targetId       only entries about this target (exact, with {@code targetType}), or {@code null}
     */
    public AuditFilter(Set<String> visibleDomains, String text, String targetType, String targetId) {
        this(new Builder(visibleDomains).text(text).target(targetType, targetId));
    }

    public AuditFilter(Set<String> visibleDomains, String text) {
        this(visibleDomains, text, null, null);
    }

    private AuditFilter(Builder b) {
        this.visibleDomains = b.visibleDomains == null ? null : Set.copyOf(b.visibleDomains);
        this.text = blankToNull(b.text);
        this.targetType = blankToNull(b.targetType);
        this.targetId = blankToNull(b.targetId);
        if (targetId != null && targetType == null) {
            throw new IllegalArgumentException("A target id means nothing without its target type.");
        }
        if (b.from != null && b.to != null && !b.from.isBefore(b.to)) {
            throw new IllegalArgumentException("The start of the time range (" + b.from + ") must come before its end ("
                    + b.to + ").");
        }
        this.from = b.from;
        this.to = b.to;
        this.actor = blankToNull(b.actor);
        this.actions = actionSet(b.actions);
        this.localDomain = b.localDomain == null || b.localDomain.isBlank() ? null
                : b.localDomain.strip().toLowerCase(Locale.ROOT);
        this.outcome = outcomeOf(b.outcome);
        this.containing = blankToNull(b.containing);
        this.sort = b.sort == null ? AuditSort.NEWEST_FIRST : b.sort;
    }

    /** Every entry, as a security officer sees the trail. */
    public static AuditFilter all() {
        return new AuditFilter(null, null);
    }

    /** The same filter, narrowed to the history of one target (an agreement, a peer network, ...). */
    public AuditFilter aboutTarget(String type, String id) {
        return new AuditFilter(copy().target(type, id));
    }

    /** The same filter with another free text (see the constructor). */
    public AuditFilter withText(String newText) {
        return new AuditFilter(copy().text(newText));
    }

    /** Entries that occurred at or after {@code start} and before {@code end}; either may be {@code null}. */
    public AuditFilter between(Instant start, Instant end) {
        Builder b = copy();
        b.from = start;
        b.to = end;
        return new AuditFilter(b);
    }

    /** Entries recorded for this actor name, exactly as recorded. */
    public AuditFilter byActor(String name) {
        Builder b = copy();
        b.actor = name;
        return new AuditFilter(b);
    }

    /** Entries with one of these actions (exact names); an empty or null set drops the criterion. */
    public AuditFilter withActions(Set<String> names) {
        Builder b = copy();
        b.actions = names;
        return new AuditFilter(b);
    }

    public AuditFilter withAction(String name) {
        return withActions(name == null || name.isBlank() ? null : Set.of(name));
    }

    /** Entries of this local domain (within the visible ones). */
    public AuditFilter inDomain(String domain) {
        Builder b = copy();
        b.localDomain = domain;
        return new AuditFilter(b);
    }

    /** {@link AuditEvent#SUCCESS}, {@link AuditEvent#FAILURE}, or {@code null} for both. */
    public AuditFilter withOutcome(String value) {
        Builder b = copy();
        b.outcome = value;
        return new AuditFilter(b);
    }

    /**
     * Entries that carry this exact text as actor, target id or anywhere in their states: meant for the keyed hash of
     * a sensitive value (see {@link SensitiveValues#keyedHash}), which is unique enough to need no word boundaries.
     */
    public AuditFilter containing(String exactText) {
        Builder b = copy();
        b.containing = exactText;
        return new AuditFilter(b);
    }

    public AuditFilter sortedBy(AuditSort order) {
        Builder b = copy();
        b.sort = order;
        return new AuditFilter(b);
    }

    public Set<String> visibleDomains() {
        return visibleDomains;
    }

    public String text() {
        return text;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    /** The actions asked for, sorted; empty for any action. */
    public Set<String> actions() {
        return actions;
    }

    public String localDomain() {
        return localDomain;
    }

    public String outcome() {
        return outcome;
    }

    public String containing() {
        return containing;
    }

    public AuditSort sort() {
        return sort;
    }

    /** Whether any criterion beyond the reader's scope and the order is set. */
    public boolean narrows() {
        return text != null || targetType != null || from != null || to != null || actor != null
                || !actions.isEmpty() || localDomain != null || outcome != null || containing != null;
    }

    /** Whether the reader's scope rules out every entry (no visible domain, or a domain outside it asked for). */
    public boolean showsNothing() {
        return visibleDomains != null && (visibleDomains.isEmpty()
                || localDomain != null && !visibleDomains.contains(localDomain));
    }

    /** The text as a LIKE pattern, with the wildcards a user may type taken literally ({@code !} escapes). */
    String likePattern() {
        return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    }

    String containingPattern() {
        return "%" + escapeLike(containing) + "%";
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private Builder copy() {
        Builder b = new Builder(visibleDomains).text(text).target(targetType, targetId);
        b.from = from;
        b.to = to;
        b.actor = actor;
        b.actions = actions;
        b.localDomain = localDomain;
        b.outcome = outcome;
        b.containing = containing;
        b.sort = sort;
        return b;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Set<String> actionSet(Set<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<String> sorted = new TreeSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                sorted.add(name.strip());
            }
        }
        return java.util.Collections.unmodifiableSet(sorted);
    }

    private static String outcomeOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!AuditEvent.SUCCESS.equals(upper) && !AuditEvent.FAILURE.equals(upper)) {
            throw new IllegalArgumentException("The outcome of an audit entry is SUCCESS or FAILURE, not \"" + value
                    + "\".");
        }
        return upper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditFilter f && Objects.equals(visibleDomains, f.visibleDomains)
                && Objects.equals(text, f.text) && Objects.equals(targetType, f.targetType)
                && Objects.equals(targetId, f.targetId) && Objects.equals(from, f.from) && Objects.equals(to, f.to)
                && Objects.equals(actor, f.actor) && actions.equals(f.actions)
                && Objects.equals(localDomain, f.localDomain) && Objects.equals(outcome, f.outcome)
                && Objects.equals(containing, f.containing) && sort.equals(f.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visibleDomains, text, targetType, targetId, from, to, actor, actions, localDomain, outcome,
                containing, sort);
    }

    /** Collects the criteria before the constructor checks them together. */
    private static final class Builder {
        private final Set<String> visibleDomains;
        private String text;
        private String targetType;
        private String targetId;
        private Instant from;
        private Instant to;
        private String actor;
        private Set<String> actions;
        private String localDomain;
        private String outcome;
        private String containing;
        private AuditSort sort;

        Builder(Set<String> visibleDomains) {
            this.visibleDomains = visibleDomains;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder target(String type, String id) {
            targetType = type;
            targetId = id;
            return this;
        }
    }
}
