/**
 * What the console trusts, per peer network: the certificates its gateways present, trust anchors (global or scoped
 * to one peer), SPKI pins and imported CRLs, with rollover windows between an outgoing and an incoming certificate.
 * The entities only keep what was imported; every judgement is made again by the trust store's validator from the
 * stored PEM, so that a better validator improves old imports too. The pure rules here (rollover filtering, which
 * leaf speaks for which domain, pin syntax, expiry levels, who may change what) need no database.
 */
package io.peeringconsole.trust.domain;
