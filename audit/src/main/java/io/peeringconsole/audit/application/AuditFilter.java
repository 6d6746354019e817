package io.peeringconsole.audit.application;

import java.util.Locale;
import java.util.Set;

/**
 * Which entries a reader sees.
 *
 * @param visibleDomains only entries of these local domains; {@code null} for every entry, including console-wide ones
 *                       (an empty set shows nothing)
 * @param text           case-insensitive text contained in the action, actor name, target type or target id;
 *                       {@code null} or blank for no text filter
 * @param targetType     only entries about targets of this type (exact), or {@code null}
 * @param targetId       only entries about this target (exact, with {@code targetType}), or {@code null}
 */
public record AuditFilter(Set<String> visibleDomains, String text, String targetType, String targetId) {

    public AuditFilter {
        visibleDomains = visibleDomains == null ? null : Set.copyOf(visibleDomains);
        text = text == null || text.isBlank() ? null : text.strip();
        targetType = targetType == null || targetType.isBlank() ? null : targetType.strip();
        targetId = targetId == null || targetId.isBlank() ? null : targetId.strip();
        if (targetId != null && targetType == null) {
            throw new IllegalArgumentException("A target id means nothing without its target type.");
        }
    }

    public AuditFilter(Set<String> visibleDomains, String text) {
        this(visibleDomains, text, null, null);
    }

    /** The same filter, narrowed to the history of one target (an agreement, a peer network, ...). */
    public AuditFilter aboutTarget(String type, String id) {
        return new AuditFilter(visibleDomains, text, type, id);
    }

    /** Every entry, as a security officer sees the trail. */
    public static AuditFilter all() {
        return new AuditFilter(null, null);
    }

    boolean showsNothing() {
        return visibleDomains != null && visibleDomains.isEmpty();
    }

    /** The text as a LIKE pattern, with the wildcards a user may type taken literally ({@code !} escapes). */
    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
