package io.peeringconsole.privacy.rules;

import io.peeringconsole.privacy.PresenceAttribute;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.DEVICE_CAPABILITIES;
import static io.peeringconsole.privacy.PresenceAttribute.USER_INPUT;

/**
 * The provide-* transformations of a rule (RFC 5025 §3.3), or the combination of several rules' transformations.
 *
 * @param services       {@code provide-services}: grants {@link PresenceAttribute#BASIC_STATUS} when all are selected
 * @param persons        {@code provide-persons}: needed for every person attribute
 * @param devices        {@code provide-devices}: grants {@link PresenceAttribute#DEVICE_CAPABILITIES} when all
 * @param attributes     person attributes granted by their boolean provide-* element (or, for NOTE and LOCATION,
 *                       by the provide-unknown-attribute that names them); never BASIC_STATUS, DEVICE_CAPABILITIES
 *                       or USER_INPUT, which have their own permissions
 * @param userInput      {@code provide-user-input}; only {@code full} grants {@link PresenceAttribute#USER_INPUT},
 *                       because our flat document cannot reduce a value to its bare or threshold form
 * @param unknownAttributes other provide-unknown-attribute grants, kept for the round trip; they grant nothing here
 * @param allAttributes  {@code provide-all-attributes}
 */
public record Transformations(ComponentSelection services, ComponentSelection persons, ComponentSelection devices,
        Set<PresenceAttribute> attributes, UserInputLevel userInput, Set<UnknownAttribute> unknownAttributes,
        boolean allAttributes) {

    public static final Transformations NONE = new Transformations(ComponentSelection.NONE, ComponentSelection.NONE,
            ComponentSelection.NONE, Set.of(), UserInputLevel.FALSE, Set.of(), false);

    public Transformations {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(userInput, "userInput");
        attributes = PresenceAttribute.setOf(attributes);
        if (attributes.stream().anyMatch(a -> !a.isPersonAttribute() || a == USER_INPUT)) {
            throw new IllegalArgumentException("Basic status, device capabilities and user input are granted by"
                    + " provide-services, provide-devices and provide-user-input, not as attributes: " + attributes);
        }
        unknownAttributes = SortedSets.copyOf(unknownAttributes);
    }

    /** The simplest transformations that provide exactly {@code provided}. */
    public static Transformations providing(Set<PresenceAttribute> provided) {
        EnumSet<PresenceAttribute> person = EnumSet.noneOf(PresenceAttribute.class);
        provided.stream().filter(PresenceAttribute::isPersonAttribute).forEach(person::add);
        UserInputLevel input = person.remove(USER_INPUT) ? UserInputLevel.FULL : UserInputLevel.FALSE;
        boolean anyPerson = !person.isEmpty() || input == UserInputLevel.FULL;
        return new Transformations(
                provided.contains(BASIC_STATUS) ? ComponentSelection.ALL : ComponentSelection.NONE,
                anyPerson ? ComponentSelection.ALL : ComponentSelection.NONE,
                provided.contains(DEVICE_CAPABILITIES) ? ComponentSelection.ALL : ComponentSelection.NONE,
                person, input, Set.of(), false);
    }

    public Transformations withServices(ComponentSelection selection) {
        return new Transformations(selection, persons, devices, attributes, userInput, unknownAttributes,
                allAttributes);
    }

    public Transformations withPersons(ComponentSelection selection) {
        return new Transformations(services, selection, devices, attributes, userInput, unknownAttributes,
                allAttributes);
    }

    public Transformations withDevices(ComponentSelection selection) {
        return new Transformations(services, persons, selection, attributes, userInput, unknownAttributes,
                allAttributes);
    }

    public Transformations withAttributes(Set<PresenceAttribute> granted) {
        return new Transformations(services, persons, devices, granted, userInput, unknownAttributes, allAttributes);
    }

    public Transformations withUserInput(UserInputLevel level) {
        return new Transformations(services, persons, devices, attributes, level, unknownAttributes, allAttributes);
    }

    public Transformations withUnknownAttributes(Set<UnknownAttribute> unknown) {
        return new Transformations(services, persons, devices, attributes, userInput, unknown, allAttributes);
    }

    public Transformations withAllAttributes(boolean all) {
        return new Transformations(services, persons, devices, attributes, userInput, unknownAttributes, all);
    }

    /** The attributes these transformations let a watcher see. */
    public Set<PresenceAttribute> provided() {
        EnumSet<PresenceAttribute> provided = EnumSet.noneOf(PresenceAttribute.class);
        if (services.all()) {
            provided.add(BASIC_STATUS);
        }
        if (devices.all()) {
            provided.add(DEVICE_CAPABILITIES);
        }
        if (persons.all()) {
            for (PresenceAttribute attribute : PresenceAttribute.values()) {
                if (attribute.isPersonAttribute() && grants(attribute)) {
                    provided.add(attribute);
                }
            }
        }
        return PresenceAttribute.setOf(provided);
    }

    /** RFC 4745 §10: booleans combine by OR, ordered values by maximum, sets by union. */
    public Transformations combine(Transformations other) {
        if (other.isNone()) {
            return this;
        }
        if (isNone()) {
            return other;
        }
        EnumSet<PresenceAttribute> both = EnumSet.noneOf(PresenceAttribute.class);
        both.addAll(attributes);
        both.addAll(other.attributes);
        return new Transformations(services.combine(other.services), persons.combine(other.persons),
                devices.combine(other.devices), both, userInput.max(other.userInput),
                SortedSets.union(unknownAttributes, other.unknownAttributes), allAttributes || other.allAttributes);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    private boolean grants(PresenceAttribute attribute) {
        if (allAttributes) {
            return true;
        }
        return attribute == USER_INPUT ? userInput == UserInputLevel.FULL : attributes.contains(attribute);
    }
}
