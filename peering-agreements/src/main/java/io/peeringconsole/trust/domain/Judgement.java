package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.validation.Verdict;
import java.util.Objects;

/** The trust decision for one domain of a peer. */
public sealed interface Judgement {

    String domain();

    boolean trusted();

    /** A presented certificate was validated; the verdict holds every reason. */
    record Validated(String domain, Verdict verdict) implements Judgement {

        public Validated {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(verdict, "verdict");
        }

        @Override
        public boolean trusted() {
            return verdict.trusted();
        }
    }

    /** Neither a certificate nor a pin is registered: nothing could be trusted. */
    record NoEvidence(String domain) implements Judgement {

        public static final String CODE = "NO_TRUST_EVIDENCE";

        @Override
        public boolean trusted() {
            return false;
        }

        public String message() {
            return "No certificate or pin is registered for " + domain + ": import the certificate its gateways"
                    + " present, or pin its key.";
        }
    }

    /**
     * Only pins are registered: a gateway accepts a certificate with a pinned key, checking names, validity and usages
     * when the peer connects; the console has no certificate to check them on beforehand.
     */
    record PinnedOnly(String domain, int pinCount) implements Judgement {

        public static final String CODE = "PINNED";

        @Override
        public boolean trusted() {
            return true;
        }

        public String message() {
            return domain + " is trusted by " + pinCount + " pinned key(s) only; gateways check its names, validity"
                    + " and usages when it connects. Import the certificate it presents to have them checked here too.";
        }
    }
}
