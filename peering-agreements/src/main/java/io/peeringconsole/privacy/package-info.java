/**
 * Privacy-sharing permissions (RFC 5344 §2.3 and §3): which presence attributes of a local domain's users may leave
 * for one peer network, and in which {@link io.peeringconsole.privacy.SharingMode sharing mode}.
 * <p>
 * Sub-packages: {@code rules} holds the users' authorization rules in the RFC 4745 / RFC 5025 model and their
 * max-combining; {@code xml} reads and writes pres-rules documents, refusing hostile input; {@code sharing} computes
 * what a watcher sees at home and what leaves for a peer in each mode, under the fiasco rule: a user's block list
 * never leaves the home network.
 * <p>
 * Pure Java, no container: gateways use this library as it is.
 */
package io.peeringconsole.privacy;
