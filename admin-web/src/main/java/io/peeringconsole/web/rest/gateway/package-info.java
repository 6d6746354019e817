/**
 * The gateway API (C7) under {@code /api/v1/gateway}, authenticated by bearer tokens or, on the HTTPS listener, by
 * client certificates from the gateway CA, instead of operators' HTTP Basic:
 * a gateway pulls its own domain's snapshot and signature (ETag, 304, long poll) and reports what it did with it.
 * And the operators' side under {@code /api/v1/gateways}: register (with a token or a certificate from a CSR),
 * rotate or renew, disable, enable, remove, and the fleet.
 */
package io.peeringconsole.web.rest.gateway;
