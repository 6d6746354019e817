package io.peeringconsole.audit.application;

import java.util.Locale;

/**
 * The order of a page of the trail. Every order ends on the sequence, so that paging is stable when many entries
 * share an actor or an action.
 *
 * @param key       what to sort by
 * @param ascending oldest (or A to Z) first when true
 */
public record AuditSort(Key key, boolean ascending) {

    /** The columns the trail can be sorted on; each has an index, so a sorted page stays cheap at millions of rows. */
    public enum Key {
        SEQUENCE, TIME, ACTOR, ACTION
    }

    public static final AuditSort NEWEST_FIRST = new AuditSort(Key.SEQUENCE, false);

    public AuditSort {
        if (key == null) {
            throw new IllegalArgumentException("Say what to sort the audit trail by: " + names() + ".");
        }
    }

    /**
     * Reads {@code time}, {@code -time}, {@code sequence,desc}, {@code actor:asc} and the like: a leading minus or a
     * {@code desc} suffix sorts descending.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static AuditSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NEWEST_FIRST;
        }
        String spec = text.strip().toLowerCase(Locale.ROOT);
        boolean ascending = true;
        if (spec.startsWith("-")) {
            ascending = false;
            spec = spec.substring(1);
        }
        String[] parts = spec.split("[,:]", 2);
        if (parts.length == 2) {
            ascending = switch (parts[1].strip()) {
                case "asc" -> true;
                case "desc" -> false;
                default -> throw refused(text);
            };
        }
        for (Key key : Key.values()) {
            if (key.name().equalsIgnoreCase(parts[0].strip())) {
                return new AuditSort(key, ascending);
            }
        }
        throw refused(text);
    }

    private static IllegalArgumentException refused(String text) {
        return new IllegalArgumentException("The audit trail cannot be sorted by \"" + text + "\". Use one of "
                + names() + ", optionally with \",asc\" or \",desc\" (e.g. \"time,desc\").");
    }

    private static String names() {
        return "sequence, time, actor, action";
    }
}
