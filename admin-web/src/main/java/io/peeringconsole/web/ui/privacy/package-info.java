/**
 * The privacy views: "Privacy sharing" lists a local domain's peers with their sharing mode and allow-list and edits
 * them; "Privacy preview" shows what a peer would receive for a pasted or uploaded pres-rules and presence document.
 * Both only call {@link io.peeringconsole.privacy.permission.application the privacy services}.
 */
package io.peeringconsole.web.ui.privacy;
