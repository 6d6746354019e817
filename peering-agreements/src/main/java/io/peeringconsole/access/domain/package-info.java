/**
 * Accounts, roles and who may do what (capability C9). {@link io.peeringconsole.access.domain.AccessPolicy} is the
 * only place that answers "may this operator do that"; every application service asks it before changing anything.
 */
package io.peeringconsole.access.domain;
