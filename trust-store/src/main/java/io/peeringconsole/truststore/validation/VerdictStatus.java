package io.peeringconsole.truststore.validation;

public enum VerdictStatus {
    TRUSTED, NOT_TRUSTED
}
