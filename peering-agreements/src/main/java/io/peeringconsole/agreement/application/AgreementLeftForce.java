package io.peeringconsole.agreement.application;

import io.peeringconsole.audit.domain.Actor;
import java.util.Objects;

/**
 * Fired, inside the transaction of the change, when an agreement stops being in force (suspended, terminated,
 * expired): gateways must learn it at once, so configuration publishing reacts without waiting for a person.
 *
 * @param action the audit action of the change, e.g. AGREEMENT_SUSPENDED
 */
public record AgreementLeftForce(Actor actor, String localDomain, long agreementId, String action) {

    public AgreementLeftForce {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(localDomain, "localDomain");
        Objects.requireNonNull(action, "action");
    }
}
