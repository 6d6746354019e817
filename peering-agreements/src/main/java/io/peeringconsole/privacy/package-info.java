/**
 * Privacy-sharing permissions (RFC 5344 §2.3 and §3): which presence attributes of a local domain's users may leave
 * for one peer network, and in which {@link io.peeringconsole.privacy.SharingMode sharing mode}.
 * <p>
 * Sub-packages: {@code rules} holds the users' authorization rules in the RFC 4745 / RFC 5025 model and their
 * max-combining; {@code xml} reads and writes pres-rules documents, refusing hostile input; {@code sharing} computes
 * what a watcher sees at home and what leaves for a peer in each mode, under the fiasco rule: a user's block list
 * never leaves the home network. {@code permission} stores each pair's permission (default deny when none is stored)
 * and {@code preview} shows what a peer would receive under it.
 * <p>
 * Pure Java, no container: gateways use this package with {@code rules}, {@code xml} and {@code sharing} as they
 * are; {@code permission} adds the console's storage and services around them.
 */
package io.peeringconsole.privacy;
