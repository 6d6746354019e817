/**
 * The peer registry (capability C1): peer networks and clearing houses with their domains and contacts, and the
 * local domains this console administers. A federation is the set of peer networks whose clearing house is the same.
 * Domain names are always held in their normal form ({@link io.peeringconsole.registry.domain.DomainName}).
 */
package io.peeringconsole.registry.domain;
