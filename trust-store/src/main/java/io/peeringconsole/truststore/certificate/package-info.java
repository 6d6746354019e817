/**
 * Reading certificates and CRLs that people upload (PEM, DER, PKCS#7) into immutable facts: names, SANs, validity,
 * key, usages, fingerprints and the DER itself, which is what gets stored. Every refusal is a
 * {@link io.peeringconsole.truststore.TrustStoreInputException}; nothing else escapes the importers.
 */
package io.peeringconsole.truststore.certificate;
