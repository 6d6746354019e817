package io.peeringconsole.web.ui.peer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Domains as typed into a text area: one per line, though commas and spaces separate too, since people paste
 * lists. Duplicates are dropped; whether each domain is valid is for the registry to say.
 */
final class DomainLines {

    private DomainLines() {
    }

    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        Arrays.stream(text.split("[\\s,;]+"))
                .map(String::strip)
                .filter(domain -> !domain.isEmpty())
                .filter(domain -> seen.add(domain.toLowerCase(Locale.ROOT)))
                .forEach(domains::add);
        return List.copyOf(domains);
    }

    static String format(List<String> domains) {
        return domains == null ? "" : String.join("\n", domains);
    }
}
