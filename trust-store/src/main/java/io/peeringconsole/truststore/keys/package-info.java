/**
 * The console's own keys, kept in one encrypted PKCS#12 file under the data directory: the signing key for
 * configuration snapshots and audit checkpoints (rotated, with old public keys kept for verification) and the small
 * CA that issues gateway client certificates from PKCS#10 requests.
 */
package io.peeringconsole.truststore.keys;
