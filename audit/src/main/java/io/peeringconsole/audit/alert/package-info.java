/**
 * What the security officer should look at now: repeated failed logins, a broken chain, forwarding that has stopped.
 * The rules ({@link io.peeringconsole.audit.alert.AlertRules}) are pure; {@link
 * io.peeringconsole.audit.alert.SecurityAlerts} gathers their facts from the trail.
 */
package io.peeringconsole.audit.alert;
