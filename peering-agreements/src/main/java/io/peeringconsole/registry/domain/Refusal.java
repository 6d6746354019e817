package io.peeringconsole.registry.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;

/** Refusals of one typed domain name, each beginning with the (safely quoted) input so the person sees what failed. */
final class Refusal {

    private final String field;
    private final String input;

    Refusal(String field, String input) {
        this.field = field;
        this.input = input;
    }

    RuleViolationException because(String reason) {
        return new RuleViolationException(field, SafeText.quote(input) + " " + reason);
    }

    RuleViolationException isAnAddress() {
        return because("is an IP address (or has a port number); a peer network is identified by its domain name"
                + " alone, for example example.net.");
    }

    static String quote(String text) {
        return SafeText.quote(text);
    }
}
