/**
 * The gateway aggregate and its rules: how a bearer credential is issued and checked, what a status report must say,
 * when a report is a replay, how far behind a gateway lags and when it counts as silent, and how a snapshot request
 * is answered (serve, not modified, wait, nothing yet).
 */
package io.peeringconsole.gateway.domain;
