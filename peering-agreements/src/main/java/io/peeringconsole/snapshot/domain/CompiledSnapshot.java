package io.peeringconsole.snapshot.domain;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A compiled snapshot: the document, its canonical bytes and their SHA-256 (lower-case hex). Serial, time and
 * signature are metadata of a publication, never part of the content, so the same state always hashes the same.
 */
public record CompiledSnapshot(JsonObject document, byte[] content, String contentHash) {

    public CompiledSnapshot {
        Objects.requireNonNull(document, "document");
        content = content.clone();
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
