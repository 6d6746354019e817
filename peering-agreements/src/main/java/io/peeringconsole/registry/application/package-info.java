/**
 * The registry's transaction boundary: {@link io.peeringconsole.registry.application.PeerRegistry} and
 * {@link io.peeringconsole.registry.application.LocalDomainService}. They take an operator, check the access
 * policy, let the aggregates change, flush, record the audit entry, and answer with views, never entities.
 */
package io.peeringconsole.registry.application;
