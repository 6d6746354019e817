/**
 * The trust store: which certificates, anchors, pins and CRLs a peer network or clearing house is trusted by, why a
 * presented certificate is trusted or not, and the console's own keys. Bouncy Castle is used only inside this module;
 * everything public takes bytes or plain values and returns immutable values that are easy to persist.
 */
package io.peeringconsole.truststore;
