/**
 * A user's presence authorization rules in the RFC 4745 common-policy / RFC 5025 pres-rules model: a
 * {@link io.peeringconsole.privacy.rules.RuleSet} of rules, each with conditions (identity, sphere, validity), a
 * sub-handling action and provide-* transformations. Rules only ever grant: the permissions a watcher gets are the
 * maximum over all matching rules (RFC 4745 §10), and no matching rule means nothing is granted.
 */
package io.peeringconsole.privacy.rules;
