package io.peeringconsole.privacy.permission.domain;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the attribute names and the sharing mode people and clients send. Names are compared without regard to case,
 * and {@code place-type} is read as {@code PLACE_TYPE}, so that the RFC's spelling works too; anything unknown is
 * refused with every unknown name listed, never dropped, because a dropped name would silently share less or more
 * than intended.
 */
public final class PermissionChoices {

    private PermissionChoices() {
    }

    public static Set<PresenceAttribute> attributes(Collection<String> names, String field) {
        if (names == null) {
            throw new RuleViolationException(field, "List the presence attributes that may leave, for example"
                    + " [\"BASIC_STATUS\", \"NOTE\"]; send [] to let nothing leave.");
        }
        EnumSet<PresenceAttribute> chosen = EnumSet.noneOf(PresenceAttribute.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            attribute(name).ifPresentOrElse(chosen::add, () -> unknown.add(SafeText.quote(name)));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(field, "Unknown presence attribute" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + ". Choose from " + known(PresenceAttribute.values()) + ".");
        }
        return PresenceAttribute.setOf(chosen);
    }

    public static Optional<PresenceAttribute> attribute(String name) {
        return constant(PresenceAttribute.class, name);
    }

    public static SharingMode mode(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(field, "Choose a sharing mode: " + known(SharingMode.values()) + ".");
        }
        return constant(SharingMode.class, name).orElseThrow(() -> new RuleViolationException(field,
                "Unknown sharing mode " + SafeText.quote(name) + ". Choose " + known(SharingMode.values()) + "."));
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(key)).findFirst();
    }

    private static String known(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
