/**
 * The gateway service (registration, rotation, disabling, removal, authentication, status reports, the fleet) and the
 * certificate gateways (registration and renewal from a CSR, recognising a presented client certificate), each
 * change audited in its own transaction, and the long-poll wait that hands a newly published snapshot to a waiting
 * request without holding a thread for it.
 */
package io.peeringconsole.gateway.application;
