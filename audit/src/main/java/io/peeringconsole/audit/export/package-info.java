/**
 * The audit trail as a file that can be verified without the console: JSON Lines or CSV, written one record at a
 * time so that millions of entries never sit in memory. Every file starts with a header (format version, what was
 * selected, the certificates of the console's signing keys), then the signed checkpoints of the selected range, then
 * the entries with every field their hash covers, and ends with a trailer that counts them. The program in
 * {@code tools/verify-audit-export} checks such a file with nothing but a JDK.
 */
package io.peeringconsole.audit.export;
