/**
 * The Snapshots page (C6): a local domain's published configuration, the candidate with its gate reasons and diff,
 * publishing and rollback, each behind a confirmation.
 */
package io.peeringconsole.web.ui.snapshot;
