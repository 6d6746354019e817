package io.peeringconsole.snapshot.application;

import java.time.Instant;
import java.util.Objects;

/**
 * One published snapshot of a local domain's configuration, exactly as gateways receive it.
 *
 * @param serial      grows with every publish of the domain (a rollback publishes again under a new serial)
 * @param contentHash SHA-256 of {@code content}, lower-case hex; the ETag gateways send back
 * @param content     the canonical JSON (RFC 8785) bytes
 * @param signature   a detached CMS SignedData over {@code content}, DER
 */
public record PublishedSnapshot(String localDomain, long serial, String contentHash, byte[] content,
        byte[] signature, Instant publishedAt) {

    public PublishedSnapshot {
        Objects.requireNonNull(localDomain, "localDomain");
        Objects.requireNonNull(contentHash, "contentHash");
        content = content.clone();
        signature = signature.clone();
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
