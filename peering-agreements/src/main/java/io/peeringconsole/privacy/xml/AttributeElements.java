package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.rules.UnknownAttribute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How presence attributes are named in pres-rules. Most have their own boolean provide-* element in RFC 5025. Note
 * and location have none, so they are granted with {@code <provide-unknown-attribute>} naming the PIDF
 * {@code <note>} and the GEOPRIV {@code <geopriv>} element, which is what that element is for.
 */
final class AttributeElements {

    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String GEOPRIV = "urn:ietf:params:xml:ns:pidf:geopriv10";

    private static final Map<String, PresenceAttribute> BOOLEAN_ELEMENTS = new LinkedHashMap<>();
    private static final Map<UnknownAttribute, PresenceAttribute> NAMED_UNKNOWN = new LinkedHashMap<>();

    static {
        BOOLEAN_ELEMENTS.put("provide-activities", PresenceAttribute.ACTIVITIES);
        BOOLEAN_ELEMENTS.put("provide-class", PresenceAttribute.CLASS);
        BOOLEAN_ELEMENTS.put("provide-deviceID", PresenceAttribute.DEVICE_ID);
        BOOLEAN_ELEMENTS.put("provide-mood", PresenceAttribute.MOOD);
        BOOLEAN_ELEMENTS.put("provide-place-is", PresenceAttribute.PLACE_IS);
        BOOLEAN_ELEMENTS.put("provide-place-type", PresenceAttribute.PLACE_TYPE);
        BOOLEAN_ELEMENTS.put("provide-privacy", PresenceAttribute.PRIVACY);
        BOOLEAN_ELEMENTS.put("provide-relationship", PresenceAttribute.RELATIONSHIP);
        BOOLEAN_ELEMENTS.put("provide-sphere", PresenceAttribute.SPHERE);
        BOOLEAN_ELEMENTS.put("provide-status-icon", PresenceAttribute.STATUS_ICON);
        BOOLEAN_ELEMENTS.put("provide-time-offset", PresenceAttribute.TIME_OFFSET);
        NAMED_UNKNOWN.put(new UnknownAttribute(PIDF, "note"), PresenceAttribute.NOTE);
        NAMED_UNKNOWN.put(new UnknownAttribute(GEOPRIV, "geopriv"), PresenceAttribute.LOCATION);
    }

    private AttributeElements() {
    }

    static Optional<PresenceAttribute> forBooleanElement(String name) {
        return Optional.ofNullable(BOOLEAN_ELEMENTS.get(name));
    }

    static Optional<PresenceAttribute> forUnknownAttribute(UnknownAttribute named) {
        return Optional.ofNullable(NAMED_UNKNOWN.get(named));
    }

    static Optional<String> booleanElementFor(PresenceAttribute attribute) {
        return BOOLEAN_ELEMENTS.entrySet().stream().filter(e -> e.getValue() == attribute).map(Map.Entry::getKey)
                .findFirst();
    }

    static Optional<UnknownAttribute> unknownAttributeFor(PresenceAttribute attribute) {
        return NAMED_UNKNOWN.entrySet().stream().filter(e -> e.getValue() == attribute).map(Map.Entry::getKey)
                .findFirst();
    }
}
