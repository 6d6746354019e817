package io.peeringconsole.web.rest.audit;

/**
 * What the trail stores for a sensitive value: pass {@code keyedHash} as {@code containing} to find its entries.
 *
 * @param keyedHash {@code hmac-sha256:<hex>}
 */
public record KeyedHashRepresentation(String keyedHash) {
}
