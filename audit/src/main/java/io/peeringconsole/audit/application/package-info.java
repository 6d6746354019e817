/**
 * The audit trail as a service: {@link io.peeringconsole.audit.application.AuditTrail} records entries inside the
 * caller's transaction, so that a change whose entry cannot be written fails too;
 * {@link io.peeringconsole.audit.application.AuditQueries} pages, searches and verifies the trail.
 */
package io.peeringconsole.audit.application;
