package io.peeringconsole.agreement.domain;

/** The verbs of an agreement, named as a person would ask for them. */
public enum AgreementAction {
    REVISE("revise"),
    SUBMIT("submit for approval"),
    APPROVE("approve"),
    REJECT("reject"),
    SUSPEND("suspend"),
    RESUME("resume"),
    TERMINATE("terminate"),
    EXPIRE("expire");

    private final String verb;

    AgreementAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
