/**
 * Signed configuration snapshots (C6): what the console publishes for each local domain, and the feed the gateway
 * API (C7) serves them from.
 */
package io.peeringconsole.snapshot.application;
