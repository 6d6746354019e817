package io.peeringconsole.snapshot.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/** The publish gate refused a snapshot; carries every reason so that the API can list them one by one. */
public class PublishRefusedException extends RuleViolationException {

    private final transient List<PublishRefusal> refusals;

    public PublishRefusedException(String localDomain, List<PublishRefusal> refusals) {
        super(null, "The snapshot of " + localDomain + " cannot be published: " + refusals.stream()
                .map(PublishRefusal::message).collect(Collectors.joining(" ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<PublishRefusal> refusals() {
        return refusals;
    }
}
