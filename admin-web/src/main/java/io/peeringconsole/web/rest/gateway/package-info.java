/**
 * The gateway API (C7) under {@code /api/v1/gateway}, authenticated by bearer tokens or, on the HTTPS listener, by
 * client certificates from the gateway CA, instead of operators' HTTP Basic:
 * a gateway pulls its own domain's snapshot and signature (ETag, 304, long poll) and reports what it did with it. Its
 * most frequent requests, a 304 for a recently accepted token and a long poll, are answered by a servlet filter before
 * JAX-RS ({@link io.peeringconsole.web.rest.gateway.SnapshotFastPath}), with the same rules and the same bytes.
 * And the operators' side under {@code /api/v1/gateways}: register (with a token or a certificate from a CSR),
 * rotate or renew, disable, enable, remove, and the fleet.
 */
package io.peeringconsole.web.rest.gateway;
