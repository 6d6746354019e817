/**
 * Peering agreements over REST (C3): {@code /api/v1/agreements}. Inputs name services and limits per direction and
 * are turned into the domain's terms here (an unknown name is a 422 naming the field); each lifecycle verb is its own
 * sub-resource and names the version it acts on, so that concurrent approvals and suspensions meet a 409. A refusal
 * by the activation gate is a 422 problem listing every reason.
 */
package io.peeringconsole.web.rest.agreement;
