/**
 * How bytes that a person uploads become ASN.1 objects: size limits, strict PEM armour, DER shapes, fingerprints.
 * Shared by the certificate, CRL and CSR readers of this module; public only because Java packages cannot share
 * otherwise, so other modules should not depend on it. Private keys are refused here, before anything else looks at
 * the input.
 */
package io.peeringconsole.truststore.encoding;
