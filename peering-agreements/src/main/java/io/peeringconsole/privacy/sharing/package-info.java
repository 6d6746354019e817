/**
 * What a watcher sees and what leaves for a peer network.
 * <p>
 * {@link io.peeringconsole.privacy.sharing.HomeEvaluator} is the reference: the view the home network computes for
 * one watcher. {@link io.peeringconsole.privacy.sharing.PeerExport#compute PeerExport.compute} produces what leaves
 * for peer network P in the permission's sharing mode, and
 * {@link io.peeringconsole.privacy.sharing.PeerEvaluator} what P computes from it for its watcher. Three promises
 * hold in every mode, and are checked by property tests over random rule sets:
 * <ul>
 * <li>equivalence: for each subscribed watcher of P, the peer's result equals the home view;</li>
 * <li>non-disclosure (the fiasco rule, RFC 5344 §3): what leaves depends only on rules that can concern P's
 * watchers, and a blocked watcher is indistinguishable from one for whom no rule exists;</li>
 * <li>ceiling: no attribute outside the domain's allow-list leaves.</li>
 * </ul>
 */
package io.peeringconsole.privacy.sharing;
