/** What the audit trail keeps outside the database: the key for sensitive fields. */
package io.peeringconsole.audit.infrastructure;
