package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.PeeringAgreement;
import java.lang.reflect.Field;

/** Gives a test agreement the id the database would: views and audit states are only made after the flush. */
final class Saved {

    private Saved() {
    }

    static PeeringAgreement withId(PeeringAgreement agreement, long id) {
        try {
            Field field = PeeringAgreement.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(agreement, id);
            return agreement;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PeeringAgreement has no id field to set", e);
        }
    }
}
