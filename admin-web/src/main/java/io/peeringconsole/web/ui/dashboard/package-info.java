/**
 * The dashboard: alerts for administrators and security officers (repeated failed logins, a broken audit chain,
 * forwarding down or behind), each with what to do, and the syslog forwarding settings and progress.
 */
package io.peeringconsole.web.ui.dashboard;
