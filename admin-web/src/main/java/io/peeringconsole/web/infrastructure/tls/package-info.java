/**
 * The HTTPS listener's files: its server key (the operator's, or a self-signed one) and the trust store that holds
 * only the gateway CA, handed to Payara's listener through system properties its configuration refers to.
 */
package io.peeringconsole.web.infrastructure.tls;
