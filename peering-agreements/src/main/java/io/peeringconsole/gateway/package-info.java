/**
 * Gateways (C7): the machines of a local domain that pull its signed snapshot, long-poll for the next one and report
 * whether they applied or rejected it. {@code domain} holds the rules (credentials, reports, fleet state) and is
 * tested without a container; {@code application} is the transaction boundary the REST API and the views call.
 */
package io.peeringconsole.gateway;
