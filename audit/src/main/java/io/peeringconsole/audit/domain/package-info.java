/**
 * The tamper-evident audit trail as pure logic: what an audit entry records, how entries are chained by SHA-256, and
 * how a chain is verified so that the first broken entry is named in words a security officer can act on. Nothing here
 * touches the database beyond the JPA mapping of {@link io.peeringconsole.audit.domain.AuditEntry} and
 * {@link io.peeringconsole.audit.domain.AuditChainHead}.
 */
package io.peeringconsole.audit.domain;
