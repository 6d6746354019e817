/**
 * The trust repositories on JPA. Writes are flushed at once and constraint failures turned into conflicts a person
 * can act on, so that the application service records its audit entry only after the change is known to hold.
 */
package io.peeringconsole.trust.infrastructure;
