package io.peeringconsole.registry.application;

/** The orders in which the peer registry can be listed; each is backed by an index. */
public enum PeerSort {
    DISPLAY_NAME,
    PRIMARY_DOMAIN,
    KIND,
    UPDATED_AT
}
