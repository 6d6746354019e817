package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;

/** How many messages per second the peer may send (or be sent) in one direction, summed over its users. */
public record MessageRate(int messagesPerSecond) {

    public static final int MAX_MESSAGES_PER_SECOND = 100_000;

    public MessageRate {
        if (messagesPerSecond < 1 || messagesPerSecond > MAX_MESSAGES_PER_SECOND) {
            throw new RuleViolationException("messagesPerSecond", "The message rate must be between 1 and "
                    + MAX_MESSAGES_PER_SECOND + " messages per second; " + messagesPerSecond + " was given.");
        }
    }
}
