package io.peeringconsole.privacy;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A piece of presence information that a rule may provide and an allow-list may let leave. The names follow the
 * PIDF (RFC 3863), RPID (RFC 4480) and data-model (RFC 4479) elements that RFC 5025's provide-* transformations grant.
 * <p>
 * Our presence document is flat, so RFC 5025's components are approximated: {@link #BASIC_STATUS} comes with the
 * services ({@code provide-services}), {@link #DEVICE_CAPABILITIES} with the devices ({@code provide-devices}), and
 * every other attribute belongs to the person ({@code provide-persons}) and needs its own grant as well.
 */
public enum PresenceAttribute {
    BASIC_STATUS,
    NOTE,
    ACTIVITIES,
    MOOD,
    PLACE_TYPE,
    PLACE_IS,
    LOCATION,
    DEVICE_CAPABILITIES,
    TIME_OFFSET,
    PRIVACY,
    RELATIONSHIP,
    SPHERE,
    STATUS_ICON,
    USER_INPUT,
    CLASS,
    DEVICE_ID;

    /** True for the attributes carried by the person component, which {@code provide-persons} must select. */
    public boolean isPersonAttribute() {
        return this != BASIC_STATUS && this != DEVICE_CAPABILITIES;
    }

    /** An unmodifiable copy that iterates in declaration order, so that equal sets print and serialise alike. */
    public static Set<PresenceAttribute> setOf(Collection<PresenceAttribute> attributes) {
        EnumSet<PresenceAttribute> copy = EnumSet.noneOf(PresenceAttribute.class);
        copy.addAll(attributes);
        return Collections.unmodifiableSet(copy);
    }

    /** The attributes present in both sets. */
    public static Set<PresenceAttribute> intersection(Set<PresenceAttribute> a, Set<PresenceAttribute> b) {
        EnumSet<PresenceAttribute> both = EnumSet.noneOf(PresenceAttribute.class);
        both.addAll(a);
        both.retainAll(b);
        return Collections.unmodifiableSet(both);
    }
}
