package io.peeringconsole.truststore.validation;

/** Only failures make a verdict NOT_TRUSTED; warnings ask for action soon, information explains the verdict. */
public enum Severity {
    FAILURE, WARNING, INFO
}
