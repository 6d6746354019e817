package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;

/** The largest file that may cross the peering link, in bytes. */
public record FileTransferLimit(long maxSizeBytes) {

    public static final long MAX_SIZE_BYTES = 10L * 1024 * 1024 * 1024;

    public FileTransferLimit {
        if (maxSizeBytes < 1 || maxSizeBytes > MAX_SIZE_BYTES) {
            throw new RuleViolationException("maxFileSizeBytes", "The maximum file size must be between 1 byte and"
                    + " 10 GiB (" + MAX_SIZE_BYTES + " bytes); " + maxSizeBytes + " was given.");
        }
    }
}
