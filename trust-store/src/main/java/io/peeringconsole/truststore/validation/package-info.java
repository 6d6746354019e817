/**
 * Whether a peer's presented certificate is to be trusted for a given domain, and why: chain to an anchor or a pinned
 * key, RFC 6125 name matching, key and signature strength, validity, usages, CRLs and rollover. Every verdict lists
 * all its reasons, each with a stable {@link io.peeringconsole.truststore.validation.ReasonCode} and a message a
 * person can act on. Time is always passed in; nothing here reads the clock.
 */
package io.peeringconsole.truststore.validation;
