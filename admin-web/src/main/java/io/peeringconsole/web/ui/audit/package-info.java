/**
 * The audit trail, read-only: newest entries first, a text filter, each entry's before and after, and the
 * verification of the hash chain. Domain administrators see the entries of their own local domains only.
 */
package io.peeringconsole.web.ui.audit;
